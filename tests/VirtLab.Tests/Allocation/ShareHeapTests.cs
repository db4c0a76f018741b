using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;

namespace VirtLab.Tests.Allocation;

public sealed class ShareHeapTests
{
    [Fact]
    public void Property_pops_by_share_then_index() =>
        Prop.ForAll(Gen.Choose(0, 5).ArrayOf().ToArbitrary(), keys =>
        {
            var heap = new ShareHeap(keys.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                heap.AddUnordered(i, keys[i]);
            }

            heap.Heapify();
            var popped = new List<int>();
            while (heap.Count > 0)
            {
                popped.Add(heap.Top);
                heap.RemoveTop();
            }

            var expected = Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ThenBy(i => i);
            return popped.SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Replacing_the_top_key_moves_it_behind_smaller_keys()
    {
        var heap = new ShareHeap(3);
        heap.AddUnordered(0, 0);
        heap.AddUnordered(1, 1);
        heap.AddUnordered(2, 1);
        heap.Heapify();
        heap.ReplaceTopKey(1); // ties go to the lower index, so user 0 stays on top
        Assert.Equal(0, heap.Top);
        heap.ReplaceTopKey(2);
        Assert.Equal(1, heap.Top);
    }
}
