namespace VirtLab.Scheduling;

/// <summary>The state and 1 ms loop behind <see cref="CreditScheduler.Run"/>.</summary>
internal sealed class CreditSimulation
{
    private enum VcpuState { Runnable, Running, Blocked, Parked }

    private readonly IReadOnlyList<CreditDomain> _domains;
    private readonly int _pcpus;
    private readonly int _duration;
    private readonly int[] _domainOf;
    private readonly string[] _labels;
    private readonly int[] _credit;
    private readonly CreditPriority[] _priority;
    private readonly VcpuState[] _state;
    private readonly int[] _slice;
    private readonly int[] _sinceIo;
    private readonly int[] _ioUntil;
    private readonly int[] _wokeAt;
    private readonly bool[] _ranThisPeriod;
    private readonly int[] _running;
    private readonly IntQueue[] _queues = [new(), new(), new()];   // BOOST, UNDER, OVER
    private readonly double[] _cpuTime;
    private readonly double[] _latencySum;
    private readonly int[] _latencyCount;
    private readonly List<TimelineSegment> _segments = [];
    private readonly int[] _lastSegment;

    private readonly bool _boost;

    public CreditSimulation(IReadOnlyList<CreditDomain> domains, int pcpus, int duration, bool boost)
    {
        _boost = boost;
        _domains = domains;
        _pcpus = pcpus;
        _duration = duration;
        var owners = new List<int>();
        var labels = new List<string>();
        for (var d = 0; d < domains.Count; d++)
        {
            for (var v = 0; v < domains[d].Vcpus; v++)
            {
                owners.Add(d);
                labels.Add(domains[d].Vcpus == 1 ? domains[d].Name : $"{domains[d].Name}.v{v}");
            }
        }

        _domainOf = owners.ToArray();
        _labels = labels.ToArray();
        var n = _domainOf.Length;
        _credit = new int[n];
        _priority = new CreditPriority[n];
        _state = new VcpuState[n];
        _slice = new int[n];
        _sinceIo = new int[n];
        _ioUntil = new int[n];
        _wokeAt = new int[n];
        Array.Fill(_wokeAt, -1);
        _ranThisPeriod = new bool[n];
        _running = new int[pcpus];
        Array.Fill(_running, -1);
        _lastSegment = new int[pcpus];
        Array.Fill(_lastSegment, -1);
        _cpuTime = new double[domains.Count];
        _latencySum = new double[domains.Count];
        _latencyCount = new int[domains.Count];
        for (var v = 0; v < n; v++)
        {
            _priority[v] = CreditPriority.Under;
            Enqueue(v);
        }
    }

    public CreditSchedulerResult Run()
    {
        for (var t = 0; t < _duration; t++)
        {
            Wake(t);
            if (t % CreditScheduler.AccountingPeriodMs == 0)
            {
                Account();
            }

            if (t % CreditScheduler.TickMs == 0 && t > 0)
            {
                Tick();
            }

            Dispatch();
            Execute(t);
        }

        var usage = new DomainUsage[_domains.Count];
        for (var d = 0; d < usage.Length; d++)
        {
            var dom = _domains[d];
            usage[d] = new DomainUsage(dom.Name, dom.Weight, dom.Cap, _cpuTime[d], _cpuTime[d] / ((double)_duration * _pcpus),
                _cpuTime[d] / _duration * 100, _latencyCount[d] > 0 ? _latencySum[d] / _latencyCount[d] : null);
        }

        return new CreditSchedulerResult(_domains, _pcpus, _duration, _labels, _domainOf, _segments, usage);
    }

    private void Wake(int t)
    {
        for (var v = 0; v < _state.Length; v++)
        {
            if (_state[v] == VcpuState.Blocked && _ioUntil[v] == t)
            {
                _wokeAt[v] = t;
                if (IsOverCap(v))
                {
                    _state[v] = VcpuState.Parked;
                    continue;
                }

                // Xen boosts a vCPU that wakes while UNDER so I/O-bound guests get low latency.
                _priority[v] = _credit[v] > 0 ? (_boost ? CreditPriority.Boost : CreditPriority.Under) : CreditPriority.Over;
                Enqueue(v);
            }
        }
    }

    private void Account()
    {
        var n = _state.Length;
        var activeVcpus = new int[_domains.Count];
        var active = new bool[n];
        for (var v = 0; v < n; v++)
        {
            active[v] = _ranThisPeriod[v] || _state[v] != VcpuState.Blocked;
            if (active[v])
            {
                activeVcpus[_domainOf[v]]++;
            }

            _ranThisPeriod[v] = false;
        }

        var activeDomains = Enumerable.Range(0, _domains.Count).Where(d => activeVcpus[d] > 0).ToArray();
        if (activeDomains.Length == 0)
        {
            return;
        }

        var fair = CreditScheduler.FairCredits(CreditScheduler.CreditsPerAccounting * _pcpus,
            activeDomains.Select(d => _domains[d].Weight).ToArray(), activeDomains.Select(d => activeVcpus[d]).ToArray());
        var perVcpu = new int[_domains.Count];
        for (var k = 0; k < activeDomains.Length; k++)
        {
            var d = activeDomains[k];
            var credit = fair[k];
            if (_domains[d].Cap > 0)
            {
                credit = Math.Min(credit, CreditScheduler.CapCredits(_domains[d].Cap));
            }

            perVcpu[d] = (credit + activeVcpus[d] - 1) / activeVcpus[d];
        }

        for (var v = 0; v < n; v++)
        {
            if (!active[v])
            {
                continue;
            }

            _credit[v] = Math.Min(_credit[v] + perVcpu[_domainOf[v]], CreditScheduler.CreditsPerAccounting);
            if (_state[v] == VcpuState.Parked && _credit[v] >= 0)
            {
                _state[v] = VcpuState.Runnable;
                _priority[v] = CreditPriority.Under;
                Enqueue(v);
            }
        }

        // Re-sort the run queue by the new priorities, keeping FIFO order within a priority.
        var queued = new List<int>();
        foreach (var q in _queues)
        {
            while (q.Count > 0)
            {
                queued.Add(q.Dequeue());
            }
        }

        foreach (var v in queued)
        {
            UpdatePriority(v);
            if (IsOverCap(v))
            {
                _state[v] = VcpuState.Parked;
                continue;
            }

            Enqueue(v);
        }

        for (var p = 0; p < _pcpus; p++)
        {
            if (_running[p] >= 0)
            {
                UpdatePriority(_running[p]);
            }
        }
    }

    private void Tick()
    {
        for (var p = 0; p < _pcpus; p++)
        {
            var v = _running[p];
            if (v < 0)
            {
                continue;
            }

            _priority[v] = _credit[v] > 0 ? CreditPriority.Under : CreditPriority.Over;   // BOOST lasts until the next tick
            if (IsOverCap(v))
            {
                _state[v] = VcpuState.Parked;
                _running[p] = -1;
            }
        }
    }

    private void Dispatch()
    {
        for (var p = 0; p < _pcpus; p++)
        {
            var v = _running[p];
            if (v >= 0 && _slice[v] >= CreditScheduler.TimeSliceMs && HeadPriority() is not null)
            {
                Requeue(p);
            }
        }

        // Preempt the lowest-priority running vCPU while a waiting vCPU has a strictly higher priority.
        while (HeadPriority() is { } head)
        {
            var idle = Array.IndexOf(_running, -1);
            if (idle >= 0)
            {
                Start(idle, Dequeue());
                continue;
            }

            var victim = 0;
            for (var p = 1; p < _pcpus; p++)
            {
                if (_priority[_running[p]] < _priority[_running[victim]])
                {
                    victim = p;
                }
            }

            if (head <= _priority[_running[victim]])
            {
                break;
            }

            Requeue(victim);
        }
    }

    private void Execute(int t)
    {
        for (var p = 0; p < _pcpus; p++)
        {
            var v = _running[p];
            if (v < 0)
            {
                continue;
            }

            var d = _domainOf[v];
            _credit[v] -= CreditScheduler.CreditsPerMs;
            _slice[v]++;
            _sinceIo[v]++;
            _ranThisPeriod[v] = true;
            _cpuTime[d]++;
            if (_wokeAt[v] >= 0)
            {
                _latencySum[d] += t - _wokeAt[v];
                _latencyCount[d]++;
                _wokeAt[v] = -1;
            }

            Record(v, p, t);
            if (_domains[d].IoEvery > 0 && _sinceIo[v] >= _domains[d].IoEvery)
            {
                _sinceIo[v] = 0;
                _state[v] = VcpuState.Blocked;
                _ioUntil[v] = t + 1 + _domains[d].IoTime;
                _running[p] = -1;
            }
        }
    }

    private void Record(int v, int p, int t)
    {
        var last = _lastSegment[p];
        if (last >= 0 && _segments[last].JobId == v && _segments[last].End == t)
        {
            _segments[last] = _segments[last] with { End = t + 1 };
            return;
        }

        _lastSegment[p] = _segments.Count;
        _segments.Add(new TimelineSegment(v, p, t, t + 1));
    }

    private bool IsOverCap(int v)
    {
        var cap = _domains[_domainOf[v]].Cap;
        return cap > 0 && _credit[v] < -CreditScheduler.CapCredits(cap);
    }

    private void UpdatePriority(int v)
    {
        if (_priority[v] != CreditPriority.Boost)
        {
            _priority[v] = _credit[v] > 0 ? CreditPriority.Under : CreditPriority.Over;
        }
    }

    private CreditPriority? HeadPriority()
    {
        for (var i = 0; i < _queues.Length; i++)
        {
            if (_queues[i].Count > 0)
            {
                return (CreditPriority)(-i);
            }
        }

        return null;
    }

    private void Enqueue(int v)
    {
        _state[v] = VcpuState.Runnable;
        _queues[-(int)_priority[v]].Enqueue(v);
    }

    private int Dequeue()
    {
        foreach (var q in _queues)
        {
            if (q.Count > 0)
            {
                return q.Dequeue();
            }
        }

        throw new InvalidOperationException("Dequeue from an empty credit run queue.");
    }

    private void Start(int p, int v)
    {
        _running[p] = v;
        _state[v] = VcpuState.Running;
        _slice[v] = 0;
    }

    private void Requeue(int p)
    {
        var v = _running[p];
        _running[p] = -1;
        Enqueue(v);
    }
}
