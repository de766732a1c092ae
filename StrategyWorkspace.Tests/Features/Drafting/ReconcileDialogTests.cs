using Bunit;
using MudBlazor;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class ReconcileDialogTests : WorkspaceComponentTest
{
    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync(ItemMerge merge) =>
        OpenDialogAsync<ReconcileDialog>("Тим часом хтось зберіг зміни", new DialogParameters<ReconcileDialog> { { d => d.Merge, merge } });

    private static ItemMerge Merge(string baseBody, string theirs, string mine, string title = "Назва") =>
        new(1, 2, "Андрій Шевчук", TextMerge.MergeLine(title, title, title), TextMerge.Merge(baseBody, theirs, mine));

    [Fact]
    public async Task A_clean_merge_shows_the_merged_text_and_saves_it_as_is()
    {
        var (provider, dialog) = await OpenAsync(Merge("а\nб\nв", "А\nб\nв", "а\nб\nВ"));

        Assert.Contains("поєднуються", provider.Markup);
        Assert.Empty(provider.FindAll("fieldset.conflict"));
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти об'єднану версію").Click();

        var result = await dialog.Result;
        Assert.Equal(new MergedText("Назва", "А\nб\nВ"), result!.Data);
    }

    [Fact]
    public async Task A_conflict_shows_both_sides_and_keeps_both_until_one_is_chosen()
    {
        var (provider, dialog) = await OpenAsync(Merge("а\nб\nв", "а\nїхнє\nв", "а\nмоє\nв"));

        var conflict = provider.Find("fieldset.conflict");
        Assert.Equal("Розбіжність 1", conflict.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(["їхнє", "моє"], conflict.QuerySelectorAll("pre").Select(p => p.TextContent));
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти об'єднану версію").Click();

        Assert.Equal("а\nїхнє\nмоє\nв", ((MergedText)(await dialog.Result)!.Data!).Body);
    }

    [Fact]
    public async Task Choosing_mine_puts_my_text_in_the_merged_version()
    {
        var (provider, dialog) = await OpenAsync(Merge("а\nб\nв", "а\nїхнє\nв", "а\nмоє\nв"));

        var radios = provider.FindAll("fieldset.conflict input[type=radio]");
        radios[1].Click();
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти об'єднану версію").Click();

        Assert.Equal("а\nмоє\nв", ((MergedText)(await dialog.Result)!.Data!).Body);
    }

    [Fact]
    public async Task Going_back_to_editing_cancels_and_saves_nothing()
    {
        var (provider, dialog) = await OpenAsync(Merge("а", "б", "в"));
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Повернутися до редагування").Click();
        Assert.True((await dialog.Result)!.Canceled);
    }
}
