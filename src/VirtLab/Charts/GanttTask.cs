namespace VirtLab.Charts;

/// <summary>One bar of a Gantt chart: a row (CPU, host, job) busy from <paramref name="Start"/> to <paramref name="Finish"/>.</summary>
/// <param name="Row">The row label.</param>
/// <param name="Start">Start time.</param>
/// <param name="Finish">Finish time (≥ start).</param>
/// <param name="Group">Legend group and colour (e.g. the job running); default: the row.</param>
/// <param name="Text">Text written on the bar; default none.</param>
public sealed record GanttTask(string Row, double Start, double Finish, string? Group = null, string? Text = null);
