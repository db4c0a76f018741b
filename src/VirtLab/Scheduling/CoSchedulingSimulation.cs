namespace VirtLab.Scheduling;

/// <summary>The tick loop behind <see cref="CoScheduling.Run"/> (one instance per run).</summary>
internal sealed class CoSchedulingSimulation
{
    private enum Phase
    {
        Parallel,
        Waiting,
        Critical,
    }

    private readonly CoSchedulingScenario _s;
    private readonly CoSchedulingPolicy _policy;
    private readonly int _k;
    private readonly bool[] _running;
    private readonly List<int[]> _queue = [];
    private readonly Phase[] _phase;
    private readonly int[] _remaining;
    private readonly long[] _progress;
    private readonly Random? _random;
    private int _holder = -1;

    public CoSchedulingSimulation(CoSchedulingScenario scenario, CoSchedulingPolicy policy)
    {
        _s = scenario;
        _policy = policy;
        _k = scenario.GuestVcpus;
        int[] sizes = [scenario.GuestVcpus, .. scenario.OtherGuests];
        var firstVcpu = new int[sizes.Length];
        for (int g = 1; g < sizes.Length; g++)
        {
            firstVcpu[g] = firstVcpu[g - 1] + sizes[g - 1];
        }

        _running = new bool[firstVcpu[^1] + sizes[^1]];
        if (policy == CoSchedulingPolicy.Strict)
        {
            for (int g = 0; g < sizes.Length; g++)
            {
                _queue.Add(Enumerable.Range(firstVcpu[g], sizes[g]).ToArray());
            }
        }
        else
        {
            // Interleave the guests so that siblings are not adjacent in the queue.
            for (int j = 0; j < sizes.Max(); j++)
            {
                for (int g = 0; g < sizes.Length; g++)
                {
                    if (j < sizes[g])
                    {
                        _queue.Add([firstVcpu[g] + j]);
                    }
                }
            }
        }

        _random = scenario.Seed is int seed ? new Random(seed) : null;
        _phase = new Phase[_k];
        _remaining = Enumerable.Range(0, _k).Select(_ => ParallelLength()).ToArray();
        _progress = new long[_k];
    }

    public CoSchedulingResult Run()
    {
        long useful = 0, spin = 0, preemptedSpin = 0, others = 0, idle = 0, sections = 0, maxSkew = 0;
        int n = _s.PhysicalCpus;
        for (int t = 0; t < _s.DurationTicks; t++)
        {
            if (t % _s.Quantum == 0)
            {
                Array.Clear(_running);
                Fill(n);
            }

            if (_policy == CoSchedulingPolicy.Relaxed)
            {
                CoStop();
                Fill(n - _running.Count(r => r));
            }

            // Lock attempts first (lowest index wins), so that a release below takes effect next tick.
            for (int v = 0; v < _k && _holder < 0; v++)
            {
                if (_running[v] && _phase[v] == Phase.Waiting)
                {
                    _holder = v;
                    _phase[v] = Phase.Critical;
                    _remaining[v] = _s.CriticalTicks;
                }
            }

            int holderThisTick = _holder;
            int busy = 0;
            for (int v = 0; v < _running.Length; v++)
            {
                if (!_running[v])
                {
                    continue;
                }

                busy++;
                if (v >= _k)
                {
                    others++;
                    continue;
                }

                _progress[v]++;
                switch (_phase[v])
                {
                    case Phase.Waiting:
                        spin++;
                        if (!_running[holderThisTick])
                        {
                            preemptedSpin++;
                        }

                        break;
                    case Phase.Parallel:
                        useful++;
                        if (--_remaining[v] == 0)
                        {
                            _phase[v] = Phase.Waiting;
                        }

                        break;
                    default:
                        useful++;
                        if (--_remaining[v] == 0)
                        {
                            _holder = -1;
                            sections++;
                            _phase[v] = Phase.Parallel;
                            _remaining[v] = ParallelLength();
                        }

                        break;
                }
            }

            idle += n - busy;
            maxSkew = Math.Max(maxSkew, _progress.Max() - _progress.Min());
        }

        return new CoSchedulingResult(_policy, _s, useful, spin, preemptedSpin, others, idle, sections, maxSkew);
    }

    private int ParallelLength() => _random is null ? _s.ParallelTicks : _random.Next(1, 2 * _s.ParallelTicks);

    /// <summary>Gives up to <paramref name="free"/> idle pCPUs to queued units; the units picked go to the back.</summary>
    private void Fill(int free)
    {
        var picked = new List<int[]>();
        if (_policy == CoSchedulingPolicy.Relaxed)
        {
            // Co-start: siblings lagging the leader by the skew limit come before anything else.
            long lead = _progress.Max();
            var lagging = Enumerable.Range(0, _k)
                .Where(v => !_running[v] && lead - _progress[v] >= _s.SkewLimit)
                .OrderBy(v => _progress[v]).ThenBy(v => v);
            foreach (var v in lagging)
            {
                if (free == 0)
                {
                    break;
                }

                picked.Add(_queue.First(u => u[0] == v));
                _running[v] = true;
                free--;
            }
        }

        foreach (var unit in _queue)
        {
            if (free == 0)
            {
                break;
            }

            if (unit.Length > free || _running[unit[0]] || IsCoStopped(unit[0]))
            {
                continue;
            }

            foreach (var v in unit)
            {
                _running[v] = true;
            }

            picked.Add(unit);
            free -= unit.Length;
        }

        foreach (var unit in picked)
        {
            _queue.Remove(unit);
            _queue.Add(unit);
        }
    }

    /// <summary>Relaxed co-scheduling: deschedules guest vCPUs that lead the slowest sibling by the skew limit.</summary>
    private void CoStop()
    {
        for (int v = 0; v < _k; v++)
        {
            if (_running[v] && IsCoStopped(v))
            {
                _running[v] = false;
                var unit = _queue.First(u => u[0] == v);
                _queue.Remove(unit);
                _queue.Add(unit);
            }
        }
    }

    private bool IsCoStopped(int v) =>
        _policy == CoSchedulingPolicy.Relaxed && v < _k && _progress[v] - _progress.Min() >= _s.SkewLimit;
}
