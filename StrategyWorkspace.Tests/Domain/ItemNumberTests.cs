namespace StrategyWorkspace.Tests.Domain;

public class ItemNumberTests
{
    [Fact]
    public void Prints_group_kind_section_and_position()
    {
        Assert.Equal("2.4.13", new ItemNumber(2, ItemKind.Task, 13).ToString());
        Assert.Equal("2.4", ItemNumber.SectionOf(2, ItemKind.Task));
    }

    [Fact]
    public void Orders_as_a_reader_does_not_as_the_printed_text()
    {
        var numbers = new[] { N("1.1.10"), N("10.1.1"), N("1.1.2"), N("1.2.1"), N("2.1.1") };

        Assert.Equal(["1.1.2", "1.1.10", "1.2.1", "2.1.1", "10.1.1"], numbers.Order().Select(n => n.ToString()));
        Assert.True(N("1.1.2") < N("1.1.10"));
    }

    /// <summary>A number as the tests write it, "1.4.2".</summary>
    internal static ItemNumber N(string printed)
    {
        var parts = printed.Split('.').Select(int.Parse).ToArray();
        return new ItemNumber(parts[0], (ItemKind)parts[1], parts[2]);
    }
}
