namespace VirtLab.Scheduling;

/// <summary>
/// Several FIFO queues of job ids threaded through one <c>next</c> array (each job is in at most one queue), so that
/// moving a whole queue to the end of another is O(1): what makes an MLFQ priority boost cheap.
/// </summary>
internal sealed class LinkedJobQueues
{
    private readonly int[] _head;
    private readonly int[] _tail;
    private readonly int[] _count;
    private readonly int[] _next;

    public LinkedJobQueues(int queues, int jobs)
    {
        _head = new int[queues];
        _tail = new int[queues];
        _count = new int[queues];
        _next = new int[jobs];
        Array.Fill(_head, -1);
        Array.Fill(_tail, -1);
    }

    public int Count(int queue) => _count[queue];

    public int Peek(int queue) => _head[queue];

    public void Enqueue(int queue, int job)
    {
        _next[job] = -1;
        if (_tail[queue] < 0)
        {
            _head[queue] = job;
        }
        else
        {
            _next[_tail[queue]] = job;
        }

        _tail[queue] = job;
        _count[queue]++;
    }

    public void PushFront(int queue, int job)
    {
        _next[job] = _head[queue];
        _head[queue] = job;
        if (_tail[queue] < 0)
        {
            _tail[queue] = job;
        }

        _count[queue]++;
    }

    public int Dequeue(int queue)
    {
        var job = _head[queue];
        _head[queue] = _next[job];
        if (_head[queue] < 0)
        {
            _tail[queue] = -1;
        }

        _count[queue]--;
        return job;
    }

    /// <summary>Appends every job of <paramref name="from"/> to the end of <paramref name="to"/>, in order, and empties <paramref name="from"/>.</summary>
    public void MoveAll(int from, int to)
    {
        if (_count[from] == 0)
        {
            return;
        }

        if (_tail[to] < 0)
        {
            _head[to] = _head[from];
        }
        else
        {
            _next[_tail[to]] = _head[from];
        }

        _tail[to] = _tail[from];
        _count[to] += _count[from];
        _head[from] = -1;
        _tail[from] = -1;
        _count[from] = 0;
    }
}
