using VirtLab.Allocation.Packing;
using VirtLab.Allocation.Placement;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>05-placement.ipynb</c>.</summary>
internal sealed class Lesson05 : ILessonExercises
{
    private const long MiB = 1L << 20;

    public string Notebook => "05-placement";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Integer(
            "05.1", "hosts Next Fit opens for (4, 8, 1, 4, 2, 1)",
            expected: () => BinPacking.Pack(10, [4, 8, 1, 4, 2, 1], BinPackingRule.NextFit).BinCount,
            hints:
            [
                "Next Fit keeps only the last host open: if a VM does not fit there, it opens a new host and never looks back.",
                "Walk the list: 4 opens host 1; 8 does not fit beside 4, so it opens host 2; does the next 4 fit beside 8 + 1?",
            ],
            explanation: "[4] then 8 opens a second host, [8, 1]; the next 4 would make 13, so a third host takes [4, 2, 1]. "
                + "First Fit would have put the 1 beside the first 4 and used fewer hosts.",
            source: "BinPacking.Pack with BinPackingRule.NextFit (Weiss, Data Structures and Algorithm Analysis, 10.1.3)",
            wrong: 2),
        Exercise.Integer(
            "05.2", "FFD's worst case when the optimum is 18 hosts",
            expected: () => BinPacking.FirstFitDecreasingBound(18),
            hints:
            [
                "Use the bound from section 2: FFD <= 11/9 * OPT + 6/9.",
                "11/9 * 18 + 6/9 is not a whole number; a host count is, and FFD cannot exceed the bound, so round down.",
            ],
            explanation: "11/9 x 18 + 6/9 = 22 + 6/9, so at most 22 hosts, 4 more than the optimum. The bound is tight: some lists reach it (Dosa et al., TCS 2013).",
            source: "BinPacking.FirstFitDecreasingBound (G. Dosa, R. Li, X. Han, Zs. Tuza, Theoretical Computer Science 2013)",
            wrong: 18),
        Exercise.Integer(
            "05.3", "lower bound on hosts in two dimensions",
            expected: () => Enumerable.Range(0, 2).Max(j =>
                (int)Math.Ceiling((12 * new[] { 4.0, 4 }[j] + 6 * new[] { 1.0, 40 }[j]) / new[] { 16.0, 64 }[j])),
            hints:
            [
                "Compute the bound for each resource on its own: total demand divided by one host's capacity, rounded up.",
                "CPU: 12 x 4 + 6 x 1 vCPUs over 16 per host; memory: 12 x 4 + 6 x 40 GB over 64 per host. The VMs need both, so take the larger.",
            ],
            explanation: "CPU needs ceil(54 / 16) = 4 hosts, memory ceil(288 / 64) = 5. Every VM needs both at once, so no packing can use fewer than 5 hosts "
                + "(max over dimensions of ceil(sum / capacity)); the CPU-only bound would be too optimistic.",
            source: "per-dimension lower bound max_j ceil(sum_i s_ij / C_j) (Panigrahy et al., Heuristics for Vector Bin Packing, Microsoft Research 2011)",
            wrong: 4),
        Exercise.Integer(
            "05.4", "LeastAllocated score of a half-booked node",
            expected: () => KubeScoring.LeastAllocated(new KubeNode("n", 8000, 8000, RequestedCpuMilli: 2000, RequestedMemory: 6000).With(2000, 2000)),
            hints:
            [
                "Add the new pod to what the node's pods already request, per resource, before scoring.",
                "Per resource: (allocatable - requested) x 100 / allocatable, in integer arithmetic; then the mean of the two with weights 1.",
            ],
            explanation: "Requested becomes CPU 4000 of 8000 and memory 8000 of 8000: CPU scores (8000 - 4000) x 100 / 8000 = 50, memory 0, "
                + "mean (50 + 0) / 2 = 25. A node with one resource full scores low even if the other is half free.",
            source: "KubeScoring.LeastAllocated (kubernetes/kubernetes pkg/scheduler/framework/plugins/noderesources/least_allocated.go)",
            wrong: 50),
        Exercise.Choice(
            "05.5", "the pod the kubelet evicts first",
            options: ["A", "B", "C"],
            expected: KubeEviction.RankForMemoryPressure(
            [
                new PodMemoryUse("A", 0, 200 * MiB, Priority: 1000),
                new PodMemoryUse("B", 1024 * MiB, 1536 * MiB, Priority: 0),
                new PodMemoryUse("C", 2048 * MiB, 1900 * MiB),
            ])[0].Name,
            hints:
            [
                "The kubelet's first question is not the QoS class: it is whether a pod uses more memory than it requested. Which pods do?",
                "Two pods exceed their requests (a BestEffort pod requests 0). Among those, the kubelet looks at Pod Priority next: lower goes first.",
            ],
            explanation: "A (request 0) and B (1.5 GiB of a 1 GiB request) both exceed their requests; C does not. Between A and B priority decides, "
                + "and B's 0 is lower than A's 1000: B goes first, although it is Burstable and A is BestEffort (Kubernetes docs, Node-pressure Eviction).",
            source: "KubeEviction.RankForMemoryPressure (Kubernetes docs, 'Node-pressure Eviction'; pkg/kubelet/eviction/helpers.go)",
            wrong: "A"),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "05.p1", "hosts First Fit Decreasing uses for Weiss's list (2, 5, 4, 7, 1, 3, 8)", relativeTolerance: 0,
            why: "Sorted, the list is 8, 7, 5, 4, 3, 2, 1: FFD packs {8, 2}, {7, 3}, {5, 4, 1}. The sizes add up to 30, so 3 hosts is the least any rule can use.",
            ifTooHigh: "Sorting first lets the small VMs fill the gaps the big ones leave; here every host ends up exactly full.",
            ifTooLow: "The VMs add up to 30 and a host holds 10: no packing can use fewer than ceil(30 / 10) = 3 hosts."),
        new PredictionTopic(
            "05.p2", "hosts FFD uses for the 30-VM worst case (optimum 9)", relativeTolerance: 0,
            why: "FFD pairs each 51 with a 27, leaving 26 + 23 unused beside them; the 26s then go three to a host and the 23s four to a host: 6 + 2 + 3 = 11, "
                + "exactly the bound floor(11/9 x 9 + 6/9) (Dosa et al., TCS 2013).",
            ifTooLow: "Greedy largest-first is not optimal: it puts the 27s beside the 51s where the 26 + 23 pairs belonged.",
            ifTooHigh: "FFD never exceeds floor(11/9 x OPT + 6/9), here 11 hosts."),
    ];
}
