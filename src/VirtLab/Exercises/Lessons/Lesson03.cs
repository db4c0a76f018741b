using VirtLab.Allocation;
using VirtLab.Allocation.Linux;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>03-cpu-allocation.ipynb</c>.</summary>
internal sealed class Lesson03 : ILessonExercises
{
    public string Notebook => "03-cpu-allocation";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Numbers(
            "03.1", "max-min split of 12 units",
            expected: () => Allocate.MaxMin(12, [1, 3, 5, 8]).Amounts.ToArray(),
            tolerance: 1e-9,
            hints:
            [
                "Serve the smallest demands first: nobody gets more than it asks for, and the total is 12.",
                "Start with 12/4 = 3 each. Client 1 needs only 1; give its surplus to the other three equally, then repeat.",
                "Clients asking 1 and 3 are satisfied; the other two share what is left equally.",
            ],
            explanation: "Water-filling: 12/4 = 3 each; client 1 needs 1, so 2 units spread over three clients (3.67 each); client 2 needs 3, "
                + "so its 0.67 goes to the last two, whose level is 4. (1, 3, 4, 4) sums to 12 and no client gets more than it asked for.",
            source: "Allocate.MaxMin (Keshav 1997, pp. 215-217)",
            wrong: [3, 3, 3, 3],
            labels: ["client 1", "client 2", "client 3", "client 4"]),
        Exercise.Number(
            "03.2", "VM1's entitlement with VM3 limited to 2000 MHz",
            expected: () => Allocate.Entitlement(6000,
                ResourceNode.Vm("VM1", 2000, demand: 4000),
                ResourceNode.Vm("VM2", 1000, demand: 3000, reservation: 2500),
                ResourceNode.Vm("VM3", 1000, demand: 3000, limit: 2000))["VM1"],
            tolerance: 1,
            hints:
            [
                "Split by shares first, then clamp each VM between its reservation and min(limit, demand), then redistribute.",
                "VM2 stays at its 2500 MHz reservation; VM1 and VM3 split the other 3500 MHz by their shares, 2:1.",
            ],
            explanation: "VM2's 1000 shares would give it 1500 MHz, under its 2500 reservation, so it is clamped up. The remaining 3500 MHz go 2:1 "
                + "to VM1 and VM3: 2333 and 1167 MHz; VM3's new 2000 MHz limit no longer binds, so VM1 gets about 2333 MHz.",
            source: "Allocate.Entitlement (vSphere Resource Management guide; Gulati et al., VMware Technical Journal 2012)",
            wrong: 3000),
        Exercise.Integer(
            "03.3", "B's containers under DRF",
            expected: () => (long)Allocate.Drf([100, 10000], [[2, 300], [6, 100]]).Tasks[1],
            hints:
            [
                "Find each user's dominant resource: the largest fraction of the cluster one container takes.",
                "A's dominant resource is memory (300/10000 = 3 % per container), B's is CPU (6/100 = 6 %). DRF equalises dominant shares.",
                "With equal dominant shares, A runs twice as many containers as B; add containers until CPU runs out (2 CPU per A, 6 per B).",
            ],
            explanation: "A's containers take 3 % of memory each, B's 6 % of CPU each. Equal dominant shares mean 2x containers for A, x for B; "
                + "CPU is the bottleneck: 2·(2x) + 6x = 100 gives x = 10. B runs 10 containers (60 % of CPU), A runs 20 (60 % of memory).",
            source: "Allocate.Drf (Ghodsi et al., NSDI 2011; T. White, Hadoop: The Definitive Guide, 4th ed., ch. 4)",
            wrong: 20),
        Exercise.Number(
            "03.4", "CPU fraction of the nice-0 task against nice 1",
            expected: () => CfsWeights.CpuShares([0, 1])[0],
            tolerance: 1e-3,
            hints:
            [
                "On one CPU each task gets its weight divided by the sum of the weights.",
                "Look up both weights with CfsWeights.Weight(0) and CfsWeights.Weight(1), then divide.",
            ],
            explanation: "sched_prio_to_weight gives nice 0 weight 1024 and nice 1 weight 820, so the nice-0 task gets 1024 / (1024 + 820) = 0.555: "
                + "one nice step moves about 10 % of the CPU.",
            source: "CfsWeights.CpuShares (Linux kernel/sched/core.c, sched_prio_to_weight)",
            wrong: 0.5,
            diagnose: a => a > 1 ? "answer as a fraction between 0 and 1, not a percentage" : null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "03.p1", "tasks user A runs under DRF", relativeTolerance: 0,
            why: "DRF gives the next task to the user with the smaller dominant share. A's tasks take 4/18 of memory, B's 3/9 of CPU; "
                + "after 3 tasks for A and 2 for B both dominant shares are 2/3 and CPU is full (Ghodsi et al., NSDI 2011, section 4).",
            ifTooHigh: "CPU runs out first: A's 3 tasks and B's 2 use all 9 CPUs.",
            ifTooLow: "A's tasks are small on CPU (1 each), so A can run more tasks than B for the same dominant share."),
        new PredictionTopic(
            "03.p2", "share of CPU 0 the heavy (1024 shares) container gets within the pair", relativeTolerance: 0.1,
            why: "Both containers are busy on one CPU, so CFS divides it by weight: 1024 / (1024 + 512) = 2/3. Other programs on CPU 0 shift both a little.",
            ifTooHigh: "Shares are relative weights, not a priority: the light container still runs a third of the time.",
            ifTooLow: "Under contention the weights decide: twice the shares is twice the CPU time of the other."),
    ];
}
