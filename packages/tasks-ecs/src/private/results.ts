/** A task as DescribeTasks describes it (the result shape of typed test mocks). */
export interface EcsTaskDescription {
  TaskArn?: string; ClusterArn?: string; TaskDefinitionArn?: string; LastStatus?: string; DesiredStatus?: string;
  StopCode?: string; StoppedReason?: string;
  Containers?: Array<{
    Name?: string; ExitCode?: number; LastStatus?: string; Reason?: string; [field: string]: unknown;
  }>;
  [field: string]: unknown;
}
