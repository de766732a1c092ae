namespace StrategyWorkspace.Tests.Text;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void Renders_headings_lists_and_emphasis()
    {
        var html = renderer.ToSafeHtml("# Проблема\n\n- **перше**\n- _друге_");
        Assert.Contains("<h1", html);
        Assert.Contains("<strong>перше</strong>", html);
        Assert.Contains("<em>друге</em>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[клік](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">клік</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<div onclick=\"alert(1)\">x</div>")]
    public void Never_lets_script_run(string markdown)
    {
        var html = renderer.ToSafeHtml(markdown).ToLowerInvariant();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<iframe", html);
    }

    [Fact]
    public void Raw_html_opened_in_one_block_and_closed_in_another_stays_safe()
    {
        var html = renderer.ToSafeHtml("<div>\n\n<script>alert(1)</script>\n\n</div><img src=x onerror=alert(1)>").ToLowerInvariant();

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onerror", html);
    }
}
