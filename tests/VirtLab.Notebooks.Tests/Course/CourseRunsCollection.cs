namespace VirtLab.Notebooks.Tests.Course;

/// <summary>Tests that run course notebooks (Docker containers, CPU-heavy) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CourseRunsCollection
{
    public const string Name = "Course notebook runs";
}
