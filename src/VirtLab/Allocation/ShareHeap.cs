namespace VirtLab.Allocation;

/// <summary>
/// A binary min-heap of users keyed by (share, index): the user with the lowest share on top, ties to the lower index.
/// DRF's progressive filling spends its time here, so keys and ids live in flat arrays with inline comparisons.
/// </summary>
internal sealed class ShareHeap
{
    private readonly double[] _keys;
    private readonly int[] _ids;

    public ShareHeap(int capacity)
    {
        _keys = new double[capacity];
        _ids = new int[capacity];
    }

    public int Count { get; private set; }

    public int Top => _ids[0];

    /// <summary>Adds users in any order; call <see cref="Heapify"/> before the first <see cref="Top"/>.</summary>
    public void AddUnordered(int id, double key)
    {
        _keys[Count] = key;
        _ids[Count] = id;
        Count++;
    }

    public void Heapify()
    {
        for (var i = (Count / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    /// <summary>Gives the top user a new (larger) key and restores the heap.</summary>
    public void ReplaceTopKey(double key)
    {
        _keys[0] = key;
        SiftDown(0);
    }

    public void RemoveTop()
    {
        Count--;
        if (Count > 0)
        {
            _keys[0] = _keys[Count];
            _ids[0] = _ids[Count];
            SiftDown(0);
        }
    }

    private void SiftDown(int i)
    {
        var key = _keys[i];
        var id = _ids[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            var right = child + 1;
            if (right < Count && Less(_keys[right], _ids[right], _keys[child], _ids[child]))
            {
                child = right;
            }

            if (!Less(_keys[child], _ids[child], key, id))
            {
                break;
            }

            _keys[i] = _keys[child];
            _ids[i] = _ids[child];
            i = child;
        }

        _keys[i] = key;
        _ids[i] = id;
    }

    private static bool Less(double keyA, int idA, double keyB, int idB) => keyA < keyB || (keyA == keyB && idA < idB);
}
