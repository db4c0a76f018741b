namespace VirtLab.Tests.Exercises;

/// <summary>The hint counters are per process: tests that use them run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExerciseSessionCollection
{
    public const string Name = "Exercise hint session";
}
