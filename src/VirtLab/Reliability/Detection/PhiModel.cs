namespace VirtLab.Reliability.Detection;

/// <summary>The distribution a φ-accrual detector fits to heartbeat inter-arrival times.</summary>
public enum PhiModel
{
    /// <summary>Normal distribution with Akka's logistic approximation of its CDF (what Akka runs).</summary>
    NormalLogistic,

    /// <summary>Normal distribution with the exact CDF (MathNet.Numerics), as in Hayashibara et al. 2004.</summary>
    Normal,

    /// <summary>Exponential distribution, φ = Δt/(mean · ln 10), as in Apache Cassandra's FailureDetector.</summary>
    Exponential,
}
