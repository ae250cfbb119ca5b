import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as ecr from 'aws-cdk-lib/aws-ecr';
import { DockerImageAsset, type DockerImageAssetProps } from 'aws-cdk-lib/aws-ecr-assets';
import type { ISageMakerTask } from './task';

/**
 * A Docker image, once bound to a task: the URI the task sends to SageMaker.
 */
export interface DockerImageConfig {
  /**
   * The full URI of the image (registry path and tag or digest).
   */
  readonly imageUri: string;
}

/**
 * A Docker image a SageMaker job or model runs, with the ECR pull permissions that implies.
 */
export abstract class DockerImage {
  /**
   * An image in an Amazon ECR repository; binding grants the task's principal pull access to the repository.
   *
   * @param repository the repository that holds the image.
   * @param tagOrDigest the image tag, or a digest starting with `sha256:`. Default: `latest`.
   */
  public static fromEcrRepository(repository: ecr.IRepository, tagOrDigest?: string): DockerImage {
    return new StandardDockerImage(repository.repositoryUriForTagOrDigest(tagOrDigest ?? 'latest'), repository);
  }

  /**
   * An image whose URI is read from the state input or context at run time.
   *
   * @param expression the URI as a JSON path value (`JsonPath.stringAt('$.image')`) or a JSONata expression; it is
   *   rendered as given.
   * @param allowAnyEcrImagePull whether to grant pulling from every ECR repository (`*`), for images that may be in
   *   ECR. Default: true.
   */
  public static fromJsonExpression(expression: string, allowAnyEcrImagePull?: boolean): DockerImage {
    return new StandardDockerImage(expression, undefined, allowAnyEcrImagePull ?? true);
  }

  /**
   * An image by its URI, in any registry; nothing is granted (use `fromEcrRepository` for ECR images).
   *
   * @param imageUri the full URI of the image.
   */
  public static fromRegistry(imageUri: string): DockerImage {
    return new StandardDockerImage(imageUri);
  }

  /**
   * An image built from a local directory and published as an asset of this app (to the bootstrap ECR
   * repository); binding grants the task's principal pull access to it.
   *
   * @param scope the scope of the `DockerImageAsset` created here.
   * @param id the id of that asset.
   * @param props the asset's props (`directory` at least).
   */
  public static fromAsset(scope: Construct, id: string, props: DockerImageAssetProps): DockerImage {
    const asset = new DockerImageAsset(scope, id, props);
    return new StandardDockerImage(asset.imageUri, asset.repository);
  }

  /**
   * Called when a task uses the image: grants pull access where known and returns the URI to render.
   */
  public abstract bind(task: ISageMakerTask): DockerImageConfig;
}

/** The ECR actions needed to pull an image. */
const ECR_PULL_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];

/** Every kind of image: a URI, the repository it is in (if known) and whether to allow pulling from any ECR repository. */
class StandardDockerImage extends DockerImage {
  constructor(
    private readonly imageUri: string,
    private readonly repository?: ecr.IRepository,
    private readonly allowAnyEcrImagePull = false,
  ) {
    super();
  }

  public bind(task: ISageMakerTask): DockerImageConfig {
    this.repository?.grantPull(task);
    if (this.allowAnyEcrImagePull) {
      task.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ECR_PULL_ACTIONS, resources: ['*'] }));
    }
    return { imageUri: this.imageUri };
  }
}
