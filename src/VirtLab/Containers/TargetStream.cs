namespace VirtLab.Containers;

/// <summary>Which stream a chunk of container output came from (the first byte of a frame header).</summary>
public enum TargetStream
{
    /// <summary>Standard input (echoed; treated as output).</summary>
    StandardIn = 0,

    /// <summary>Standard output.</summary>
    StandardOut = 1,

    /// <summary>Standard error.</summary>
    StandardError = 2,

    /// <summary>An engine-side error.</summary>
    SystemError = 3,
}
