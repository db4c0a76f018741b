using FsCheck;
using FsCheck.Fluent;

namespace VirtLab.Tests.Allocation;

/// <summary>Assertions and generators shared by the allocation tests.</summary>
internal static class AllocationAssert
{
    public static void Close(IEnumerable<double> expected, IEnumerable<double> actual, double tolerance = 1e-9)
    {
        var e = expected.ToArray();
        var a = actual.ToArray();
        Assert.Equal(e.Length, a.Length);
        for (var i = 0; i < e.Length; i++)
        {
            Assert.True(Math.Abs(e[i] - a[i]) <= tolerance, $"Item {i}: expected {e[i]}, got {a[i]} (all: {string.Join(", ", a)})");
        }
    }

    /// <summary>Integer-valued doubles keep the invariants free of rounding noise in shrunk counterexamples.</summary>
    public static Gen<double> Amount(int min, int max) => Gen.Choose(min, max).Select(x => (double)x);

    public static Gen<double[]> Amounts(int min, int max) => Gen.Sized(size => Gen.Choose(1, Math.Max(1, size)).SelectMany(n => Amount(min, max).ArrayOf(n)));
}
