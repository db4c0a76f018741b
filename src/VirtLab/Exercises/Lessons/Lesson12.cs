namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>12-virtual-machines.ipynb</c>.</summary>
internal sealed class Lesson12 : ILessonExercises
{
    public string Notebook => "12-virtual-machines";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Number(
            "12.1", "seconds the guest clock advances while the VM is paused for 3 s",
            expected: () => 0,
            tolerance: 1.0,
            hints:
            [
                "A paused VM's vCPUs do not run. What drives the guest's clock under TCG?",
                "Under TCG the guest clock follows QEMU's virtual clock, and QMP stop stops the virtual clock too.",
            ],
            explanation: "Nothing, or almost: QMP stop halts the vCPUs and QEMU's virtual clock, so /proc/uptime does not count the 3 s. "
                + "Only the time spent running the two uptime commands shows up. The next cell measures it.",
            source: "QEMU docs, virtual clock (QEMU_CLOCK_VIRTUAL stops while the VM is stopped); the next cell measures it",
            wrong: 3),
        Exercise.Number(
            "12.2", "memory the balloon took from the guest, in MiB",
            expected: () => 256 - 160,
            tolerance: 4,
            hints:
            [
                "Subtract the guest's MemTotal after inflating from MemTotal before; both are in bytes.",
                "One MiB is 1024 * 1024 bytes: divide the difference by 1048576.0.",
            ],
            explanation: "The guest started with 256 MiB and the balloon target is 160 MiB: virtio_balloon (without deflate-on-OOM) takes "
                + "the 96 MiB out of the kernel's total, so MemTotal drops by 96 MiB.",
            source: "Linux drivers/virtio/virtio_balloon.c (adjust_managed_page_count without VIRTIO_BALLOON_F_DEFLATE_ON_OOM); virtio spec 1.2, 5.5",
            wrong: 160,
            diagnose: a => Math.Abs(a - 160) <= 4 ? "160 MiB is the new size; the question asks how much was taken"
                : a > 1_000_000 ? "that is in bytes; divide by 1024 * 1024 for MiB" : null),
        Exercise.Choice(
            "12.3", "what cat /tmp/note prints after restoring the snapshot",
            options: ["before", "after"],
            expected: "before",
            hints:
            [
                "Look at the order of the cells above: the snapshot was taken between the two writes to /tmp/note.",
                "loadvm brings back the RAM as it was at savevm time, and the guest's /tmp lives in RAM.",
            ],
            explanation: "loadvm restores RAM, CPU and devices as they were at savevm, and /tmp is a RAM file system: the later write is gone, "
                + "so the file says \"before\". The next cell restores the snapshot and reads the file.",
            source: "QEMU docs, Disk Images, VM snapshots (savevm / loadvm); the next cell shows the guest's answer",
            wrong: "after"),
        Exercise.Number(
            "12.4", "seconds a stop-and-copy of the guest's 256 MiB takes at 32 MiB/s",
            expected: () => 256.0 / 32,
            tolerance: 0.05,
            hints:
            [
                "Stop-and-copy pauses the guest while every byte of its RAM crosses the link.",
                "Seconds = size / bandwidth: both are in MiB here.",
            ],
            explanation: "256 MiB / 32 MiB/s = 8 s of downtime. The next cell compares with the bytes QEMU really sent and with the downtime "
                + "pre-copy needed, which only covers the pages dirtied in the last round.",
            source: "MachineOptions.MemoryMiB (256) and the 32 MiB/s MigrationParameters of the lesson; Clark et al., NSDI 2005",
            wrong: 64,
            diagnose: a => Math.Abs(a - 64) < 0.05 ? "bandwidth is in MiB per second, not megabits" : null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "12.p1", "fraction of the boot time that is the guest kernel's own uptime (between 0 and 1)", relativeTolerance: 0.3,
            why: "The guest's uptime counts only the kernel's own start; before it come QEMU's start, SeaBIOS, loading the kernel and "
                + "initramfs through fw_cfg and decompressing them. Under TCG all of it is emulated, and which part dominates depends on the "
                + "machine and its load: compare the two times the boot cell printed.",
            absoluteTolerance: 0.05),
        new PredictionTopic(
            "12.p2", "how many MiB the guest's MemTotal drops when the balloon target goes from 256 to 160 MiB", relativeTolerance: 0.05,
            why: "Linux's virtio_balloon driver (without deflate-on-OOM) takes the ballooned pages out of the kernel's total, so MemTotal "
                + "falls by the size of the balloon: 96 MiB.",
            ifTooLow: "The guest does see it: its total memory shrinks, it does not just lose free memory."),
    ];
}
