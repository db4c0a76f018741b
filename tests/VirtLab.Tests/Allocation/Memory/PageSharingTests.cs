using VirtLab.Allocation.Memory;

namespace VirtLab.Tests.Allocation.Memory;

public sealed class PageSharingTests
{
    [Fact]
    public void Counts_distinct_contents_across_and_within_guests()
    {
        var r = PageSharing.Scan([[1UL, 2, 3, 4], [1UL, 2, 5, 6], [1UL, 7, 8, 8]]);
        Assert.Equal(12, r.TotalPages);
        Assert.Equal(8, r.DistinctPages);
        Assert.Equal(4, r.SavedPages);
        Assert.Equal(3, r.SharedContents); // 1, 2 and 8
        Assert.Equal([4, 4, 3], r.DistinctPerGuest);
        Assert.Equal("PageSharing → 12 pages, 8 distinct, 4 saved (33.3333 %)", r.ToString());
    }

    [Fact] // derived birthday bound; Waldspurger 2002 footnote says < 0.01 % for 2^24 pages
    public void Hash_collision_chance_for_64_GB_is_below_the_papers_bound()
    {
        var p = PageSharing.HashCollisionProbability(Math.Pow(2, 24));
        Assert.Equal(7.63e-6, p, 8);
        Assert.True(p < 1e-4);
    }

    [Fact] // the paper: about 2^32 pages for a 50 % chance
    public void About_two_to_the_32_pages_give_even_odds() =>
        Assert.InRange(PageSharing.HashCollisionProbability(Math.Pow(2, 32)), 0.39, 0.5);

    [Theory]
    [InlineData(1, 0.5, 0.0)]
    [InlineData(2, 0.5, 0.25)]
    [InlineData(10, 0.4, 0.36)]
    public void Idealised_savings(int guests, double common, double saved) =>
        Assert.Equal(saved, PageSharing.SavingsFraction(guests, 262144, common), 12);

    [Fact]
    public void Rejects_no_guests() =>
        Assert.Equal("guestPages", Assert.Throws<ArgumentException>(() => PageSharing.Scan([])).ParamName);

    [Fact]
    public void Rejects_common_fraction_above_one() =>
        Assert.Equal("commonFraction", Assert.Throws<ArgumentOutOfRangeException>(() => PageSharing.SavingsFraction(2, 10, 1.5)).ParamName);
}
