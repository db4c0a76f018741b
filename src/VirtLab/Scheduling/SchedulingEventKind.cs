namespace VirtLab.Scheduling;

/// <summary>What happened at a <see cref="SchedulingEvent"/>.</summary>
public enum SchedulingEventKind
{
    /// <summary>The job entered the system.</summary>
    Arrive,

    /// <summary>The job issued an I/O request and left the CPU.</summary>
    IoStart,

    /// <summary>The job's I/O completed; it is runnable again.</summary>
    IoDone,

    /// <summary>The job finished.</summary>
    Finish,

    /// <summary>MLFQ moved every job to the top queue (rule 5); the job id is -1.</summary>
    Boost,

    /// <summary>The job finished after its deadline.</summary>
    DeadlineMiss,
}
