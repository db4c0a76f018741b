using System.Net;
using System.Text;
using VirtLab.Display;

namespace VirtLab.Virtualization;

/// <summary>The result of running a guest kernel's instructions under a VMM: a trace and its totals.</summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record GuestRun(InstructionSet InstructionSet, VirtualizationTechnique Technique, IReadOnlyList<TraceStep> Trace) : IHtmlRenderable
{
    /// <summary>Instructions that trapped or exited to the VMM.</summary>
    public int Traps => Trace.Count(s => s.Outcome == TrapOutcome.TrappedAndEmulated);

    /// <summary>Instructions that misbehaved because they did not trap.</summary>
    public int SilentErrors => Trace.Count(s => s.Outcome == TrapOutcome.SilentlyWrong);

    /// <summary>Whether the guest saw exactly what real hardware would have shown it.</summary>
    public bool IsCorrect => SilentErrors == 0;

    /// <summary>Total cost in the simulation's units.</summary>
    public double TotalCost => Trace.Sum(s => s.Cost);

    /// <summary>Slowdown against running the same instructions natively (cost 1 each).</summary>
    public double Slowdown => Trace.Count == 0 ? 1 : TotalCost / Trace.Count;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Technique} on {InstructionSet.Name}: {Trace.Count} instructions, {Traps} traps, {SilentErrors} silent errors, slowdown x{Slowdown:0.0}";

    /// <inheritdoc />
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<table><thead><tr><th>#</th><th>instruction</th><th>privileged</th><th>sensitive</th><th>outcome</th><th>cost</th></tr></thead><tbody>");
        foreach (var step in Trace)
        {
            var color = step.Outcome == TrapOutcome.SilentlyWrong ? " style=\"color:#c0392b;font-weight:bold\"" : string.Empty;
            html.Append($"<tr><td>{step.Index}</td><td>{WebUtility.HtmlEncode(step.Instruction.Name)}</td><td>{(step.Instruction.IsPrivileged ? "yes" : "no")}</td><td>{(step.Instruction.IsSensitive ? "yes" : "no")}</td><td{color}>{step.Outcome}</td><td>{step.Cost:0.#}</td></tr>");
        }

        html.Append($"</tbody></table><p>{WebUtility.HtmlEncode(ToString())}</p>");
        return html.ToString();
    }
}
