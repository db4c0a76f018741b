namespace VirtLab.Scheduling;

/// <summary>
/// The Mersenne Twister MT19937 seeded the way CPython's <c>random.seed(int)</c> seeds it, so that
/// <see cref="NextDouble"/> returns the same numbers as Python's <c>random.random()</c>.
/// </summary>
/// <remarks>
/// Why: OSTEP's homework simulators draw their random jobs with Python's <c>random</c>; reproducing
/// the generator lets <c>virtlab simulate -s 100</c> pose the same problem as <c>scheduler.py -s 100</c>.
/// Sources: M. Matsumoto, T. Nishimura, "Mersenne Twister: A 623-dimensionally equidistributed uniform
/// pseudo-random number generator", ACM TOMACS 8(1), 1998 (<c>init_genrand</c>, <c>init_by_array</c> of
/// the 2002 reference <c>mt19937ar.c</c>); CPython docs for <c>random.seed</c>: an int seed is used as
/// its absolute value, split into 32-bit words, least significant first, as the key of
/// <c>init_by_array</c>; <c>random()</c> combines two outputs into 53 bits: (a·2²⁶ + b) / 2⁵³ with
/// a = x₁ ≫ 5, b = x₂ ≫ 6.
/// </remarks>
public sealed class PythonRandom
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index;

    /// <summary>Seeds the generator as Python's <c>random.seed(seed)</c> does.</summary>
    /// <param name="seed">Any integer; negative seeds act as their absolute value, as in Python.</param>
    public PythonRandom(long seed)
    {
        var magnitude = seed == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(seed);
        var key = magnitude >> 32 == 0 ? new[] { (uint)magnitude } : new[] { (uint)magnitude, (uint)(magnitude >> 32) };
        InitByArray(key);
    }

    /// <summary>The next 32-bit output of MT19937.</summary>
    public uint NextUInt32()
    {
        if (_index >= N)
        {
            Twist();
        }

        var y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A double in [0, 1) with 53 random bits, equal to Python's <c>random.random()</c>.</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (var i = 1; i < N; i++)
        {
            _mt[i] = 1812433253U * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        }

        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218U);
        int i = 1;
        int j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }

            if (j >= key.Length)
            {
                j = 0;
            }
        }

        for (var k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }
        }

        _mt[0] = 0x80000000U;
    }

    private void Twist()
    {
        for (var k = 0; k < N; k++)
        {
            var y = (_mt[k] & 0x80000000U) | (_mt[(k + 1) % N] & 0x7fffffffU);
            var next = _mt[(k + M) % N] ^ (y >> 1);
            _mt[k] = (y & 1) != 0 ? next ^ 0x9908b0dfU : next;
        }

        _index = 0;
    }
}
