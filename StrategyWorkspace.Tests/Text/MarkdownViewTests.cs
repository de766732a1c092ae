using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Text;

public sealed class MarkdownViewTests : WorkspaceComponentTest
{
    public MarkdownViewTests() => Services.AddSingleton<MarkdownRenderer>();

    [Fact]
    public void Renders_again_only_when_the_text_changes_and_always_sanitized()
    {
        var view = Render<MarkdownView>(p => p.Add(c => c.Markdown, "**важливо**"));
        Assert.Contains("<strong>важливо</strong>", view.Markup);

        view.Render(p => p.Add(c => c.Markdown, "**важливо**"));
        Assert.Equal(1, view.RenderCount);

        view.Render(p => p.Add(c => c.Markdown, "<script>alert(1)</script>\n\n_нове_"));
        Assert.Equal(2, view.RenderCount);
        Assert.Contains("<em>нове</em>", view.Markup);
        Assert.DoesNotContain("<script", view.Markup);
    }
}
