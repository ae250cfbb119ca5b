/**
 * How many workers of which type a Glue job run gets.
 *
 * Set exactly one of `workerType` and `workerTypeV2`.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun
 */
export interface WorkerConfigurationProperty {
  /**
   * The predefined worker type of the run, from the closed list of the `WorkerType` enum.
   *
   * @deprecated Use `workerTypeV2`, which also takes worker types missing from the enum and values known only at
   *   run time.
   * @default - must choose one of `workerType` or `workerTypeV2`
   */
  readonly workerType?: WorkerType;

  /**
   * The worker type of the run: one of the static members, or any other type (or a JSON path / JSONata
   * expression) through `WorkerTypeV2.of()`.
   *
   * @default - must choose one of `workerType` or `workerTypeV2`
   */
  readonly workerTypeV2?: WorkerTypeV2;

  /**
   * How many workers of the chosen type the run gets: a positive integer.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/add-job.html
   */
  readonly numberOfWorkers: number;
}

/**
 * The predefined type of the workers of a Glue job run.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/add-job.html
 * @deprecated Use `WorkerTypeV2` in `WorkerConfigurationProperty.workerTypeV2`.
 */
export enum WorkerType {
  /**
   * A standard worker: 4 vCPU, 16 GB of memory, a 50 GB disk and 2 executors.
   */
  STANDARD = 'Standard',

  /**
   * 0.25 DPU per worker (2 vCPU, 4 GB of memory, 64 GB disk), 1 executor; for low-volume streaming jobs.
   */
  G_025X = 'G.025X',

  /**
   * 1 DPU per worker (4 vCPU, 16 GB of memory, 64 GB disk), 1 executor; for memory-hungry jobs.
   */
  G_1X = 'G.1X',

  /**
   * 2 DPU per worker (8 vCPU, 32 GB of memory, 128 GB disk), 1 executor; for memory-hungry jobs.
   */
  G_2X = 'G.2X',

  /**
   * 4 DPU per worker (16 vCPU, 64 GB of memory, 256 GB disk), 1 executor; for the heaviest transforms, joins and
   * queries (Glue 3.0 and later).
   */
  G_4X = 'G.4X',

  /**
   * 8 DPU per worker (32 vCPU, 128 GB of memory, 512 GB disk), 1 executor; for the heaviest transforms, joins and
   * queries (Glue 3.0 and later).
   */
  G_8X = 'G.8X',

  /**
   * 2 high-memory DPU per worker (8 vCPU, 64 GB of memory, 128 GB disk); for Ray jobs.
   */
  Z_2X = 'Z.2X',
}

/**
 * The type of the workers of a Glue job run.
 *
 * The static members are the types Glue documents; `WorkerTypeV2.of()` takes any other type name, or a JSON path
 * or JSONata expression that gives one at run time.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/add-job.html
 */
export class WorkerTypeV2 {
  /**
   * A standard worker: 4 vCPU, 16 GB of memory, a 50 GB disk and 2 executors.
   */
  public static readonly STANDARD = WorkerTypeV2.named('Standard');

  /**
   * 1 DPU per worker (4 vCPU, 16 GB of memory, 64 GB disk), 1 executor; for memory-hungry jobs.
   */
  public static readonly G_1X = WorkerTypeV2.named('G.1X');

  /**
   * 2 DPU per worker (8 vCPU, 32 GB of memory, 128 GB disk), 1 executor; for memory-hungry jobs.
   */
  public static readonly G_2X = WorkerTypeV2.named('G.2X');

  /**
   * 4 DPU per worker (16 vCPU, 64 GB of memory, 256 GB disk), 1 executor; for the heaviest transforms, joins and
   * queries (Glue 3.0 and later).
   */
  public static readonly G_4X = WorkerTypeV2.named('G.4X');

  /**
   * 8 DPU per worker (32 vCPU, 128 GB of memory, 512 GB disk), 1 executor; for the heaviest transforms, joins and
   * queries (Glue 3.0 and later).
   */
  public static readonly G_8X = WorkerTypeV2.named('G.8X');

  /**
   * 0.25 DPU per worker (2 vCPU, 4 GB of memory, 64 GB disk), 1 executor; for low-volume streaming jobs.
   */
  public static readonly G_025X = WorkerTypeV2.named('G.025X');

  /**
   * 2 high-memory DPU per worker (8 vCPU, 64 GB of memory, 128 GB disk); for Ray jobs.
   */
  public static readonly Z_2X = WorkerTypeV2.named('Z.2X');

  /**
   * A worker type that has no static member here, or one chosen at run time.
   *
   * @param workerType the worker type's name as the Glue API spells it, or a JSON path (`JsonPath.stringAt()`)
   *   or JSONata expression that gives it.
   */
  public static of(workerType: string): WorkerTypeV2 {
    return WorkerTypeV2.named(workerType);
  }

  /** A worker type of this name; the constructor takes none, as in aws-cdk-lib's API. */
  private static named(name: string): WorkerTypeV2 {
    const fields: Pick<WorkerTypeV2, 'name'> = { name };
    return Object.assign(new WorkerTypeV2(), fields);
  }

  /**
   * The worker type's name, as the Glue API's `WorkerType` field takes it.
   */
  public readonly name: string;

  private constructor() {
    this.name = '';
  }
}

/**
 * How quickly a Glue job run starts and on which capacity.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun
 */
export enum ExecutionClass {
  /**
   * Spare capacity, for jobs whose start and end times may vary; Spark jobs of Glue 3.0 and later with the
   * `glueetl` command only.
   */
  FLEX = 'FLEX',

  /**
   * Dedicated capacity and a fast start, for time-sensitive jobs.
   */
  STANDARD = 'STANDARD',
}
