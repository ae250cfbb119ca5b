/** The role of aws-cdk-lib's examples and tests. */
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/MediaConvertRole';

/** Minimal job settings. */
export const SETTINGS = { OutputGroups: [], Inputs: [] };

/** The `Resource` of a CreateJob task state. */
export function resource(suffix = ''): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::mediaconvert:createJob${suffix}`]] };
}

/** The README's job settings (one MP4 output with H.264 video and AAC audio). */
export const README_SETTINGS = {
  OutputGroups: [{
    Outputs: [{
      ContainerSettings: { Container: 'MP4' },
      VideoDescription: {
        CodecSettings: { Codec: 'H_264', H264Settings: { MaxBitrate: 1000, RateControlMode: 'QVBR', SceneChangeDetect: 'TRANSITION_DETECTION' } },
      },
      AudioDescriptions: [{
        CodecSettings: { Codec: 'AAC', AacSettings: { Bitrate: 96000, CodingMode: 'CODING_MODE_2_0', SampleRate: 48000 } },
      }],
    }],
    OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://EXAMPLE-DESTINATION-BUCKET/' } },
  }],
  Inputs: [{
    AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } },
    FileInput: 's3://EXAMPLE-SOURCE-BUCKET/EXAMPLE-SOURCE_FILE',
  }],
};
