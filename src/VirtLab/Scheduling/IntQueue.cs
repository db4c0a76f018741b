namespace VirtLab.Scheduling;

/// <summary>A growable ring buffer of job ids: a FIFO queue without per-operation allocation.</summary>
internal sealed class IntQueue
{
    private int[] _items;
    private int _head;
    private int _count;

    public IntQueue(int capacity = 16) => _items = new int[Math.Max(4, capacity)];

    public int Count => _count;

    public void Enqueue(int item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[(_head + _count) % _items.Length] = item;
        _count++;
    }

    public int Dequeue()
    {
        var item = _items[_head];
        _head = (_head + 1) % _items.Length;
        _count--;
        return item;
    }

    private void Grow()
    {
        var bigger = new int[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _items[(_head + i) % _items.Length];
        }

        _items = bigger;
        _head = 0;
    }
}
