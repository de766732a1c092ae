using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Features.Search;
using StrategyWorkspace.Tests.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Search;

/// <summary>Search through the database's own full-text index, on both providers: what it finds, filters, rights, and any input.</summary>
public sealed class SearchServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    /// <summary>A word no other test writes: letters only, so it is one word to the index.</summary>
    private static string Word(string start) => start + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('а' + c % 20)));

    private async Task<int> CreateAsync(string member, int group, ItemKind kind, string title, string body) =>
        await app.Scoped<DraftingService>().CreateItemAsync(await app.UserIdAsync(member), await app.GroupIdAsync(group), kind,
            new DraftInput { Title = title, Body = body, ChangeNote = "" }, []);

    [Fact]
    public async Task A_word_of_a_body_finds_its_item_by_any_ending_or_case_and_an_older_versions_word_names_that_version()
    {
        var word = Word("розмінування");
        var old = Word("вирубка");
        var economy = await app.UserIdAsync(Demo.Economy);
        var id = await CreateAsync(Demo.Economy, 1, ItemKind.Task, "Безпечні поля", $"Гуманітарне {word}м полів. Колись: {old}.");
        await app.Scoped<DraftingService>().SaveVersionAsync(economy, id, 1, new DraftInput { Title = "Безпечні поля", Body = $"Гуманітарне {word}м полів.", ChangeNote = "" });
        var search = app.Scoped<SearchService>();
        var expert = await app.UserIdAsync(Demo.Expert);

        var found = await search.SearchAsync(expert, word[..^2].ToUpperInvariant(), new SearchFilters());
        var older = await search.SearchAsync(expert, old, new SearchFilters());

        var item = Assert.Single(found.Items);
        Assert.Equal((id, "1.4", 2, true), (item.ItemId, item.Number.ToString()[..3], item.BestVersion, item.BestIsLatest));
        Assert.Equal([2, 1], item.Versions.Select(v => v.Number));
        Assert.Contains((word + "м", true), item.Snippet.Parts);
        var past = Assert.Single(older.Items);
        Assert.Equal((1, false), (past.BestVersion, past.BestIsLatest));
    }

    [Fact]
    public async Task A_committee_section_a_comment_and_a_title_are_found_and_an_items_number_goes_straight_to_it()
    {
        var search = app.Scoped<SearchService>();
        var expert = await app.UserIdAsync(Demo.Expert);
        var word = Word("вода");
        var id = await CreateAsync(Demo.Economy, 1, ItemKind.Problem, $"Чиста {word}", "Очисні споруди зношені.");
        await app.Scoped<CommentService>().CommentAsync(expert, id, 1, "Очисні споруди", $"Уточніть, яка {word} мається на увазі.");

        var results = await search.SearchAsync(expert, word, new SearchFilters());
        var analysis = await search.SearchAsync(expert, "статистичних", new SearchFilters());
        var number = await search.SearchAsync(expert, "1.1.1", new SearchFilters());

        Assert.Equal(id, Assert.Single(results.Items).ItemId);
        Assert.Equal(id, Assert.Single(results.Comments).ItemId);
        Assert.Contains(analysis.Items, i => i.Kind == ItemKind.Analysis);
        Assert.NotNull(number.JumpTo);
    }

    [Fact]
    public async Task An_item_with_hundreds_of_versions_is_one_result_and_leaves_room_for_the_others()
    {
        var word = Word("водогін");
        var economy = await app.UserIdAsync(Demo.Economy);
        // The word in the title ranks this item's every version above the others, which have it only in their text.
        var busy = await CreateAsync(Demo.Economy, 1, ItemKind.Task, $"Магістральний {word}", $"Ремонт: {word}.");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == busy);
            for (var n = 1; n < 400; n++)
            {
                item.AddVersion($"Магістральний {word}", $"Ремонт: {word}, черга {n}.", n, economy, "", DateTimeOffset.UtcNow);
            }
            await db.SaveChangesAsync();
        }
        var others = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            others.Add(await CreateAsync(Demo.Economy, 1, ItemKind.Problem, $"Мережа {i}", $"Зношений {word} у громаді {i}."));
        }

        var found = await app.Scoped<SearchService>().SearchAsync(await app.UserIdAsync(Demo.Expert), word, new SearchFilters());

        Assert.Equal(busy, found.Items[0].ItemId);
        Assert.Equal(400, found.Items[0].Versions.Count);
        Assert.Equal(others.Order(), found.Items.Skip(1).Select(i => i.ItemId).Order());
    }

    [Fact]
    public async Task Filters_by_group_kind_state_and_date_narrow_what_is_found()
    {
        var word = Word("пасіка");
        await CreateAsync(Demo.Economy, 1, ItemKind.Problem, $"Економічна {word}", "Текст.");
        await CreateAsync(Demo.Social, 4, ItemKind.Task, $"Соціальна {word}", "Текст.");
        var search = app.Scoped<SearchService>();
        var expert = await app.UserIdAsync(Demo.Expert);

        Assert.Equal(2, (await search.SearchAsync(expert, word, new SearchFilters())).Items.Count);
        Assert.Equal("Економічна", Assert.Single((await search.SearchAsync(expert, word, new SearchFilters(GroupId: await app.GroupIdAsync(1)))).Items).Title.Parts[0].Text.Trim());
        Assert.Equal(ItemKind.Task, Assert.Single((await search.SearchAsync(expert, word, new SearchFilters(Kind: ItemKind.Task))).Items).Kind);
        Assert.Empty((await search.SearchAsync(expert, word, new SearchFilters(State: RevisionState.Approved))).Items);
        Assert.Equal(2, (await search.SearchAsync(expert, word, new SearchFilters(State: RevisionState.Draft))).Items.Count);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
        Assert.Empty((await search.SearchAsync(expert, word, new SearchFilters(To: yesterday))).Items);
        Assert.Equal(2, (await search.SearchAsync(expert, word, new SearchFilters(From: yesterday))).Items.Count);
        // Today is the committee's day (Kyiv), from its first moment to its last.
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<CommitteeClock>().Today);
        Assert.Equal(2, (await search.SearchAsync(expert, word, new SearchFilters(From: today, To: today))).Items.Count);
        Assert.Empty((await search.SearchAsync(expert, word, new SearchFilters(From: today.AddDays(1)))).Items);
    }

    [Theory]
    [InlineData("\"незакрита лапка")]
    [InlineData("розвиток OR економіка NOT бізнес NEAR(a b) * ^ -x col:y")]
    [InlineData("'; DROP TABLE \"ItemVersions\"; --")]
    [InlineData("a & b | !c <-> d:* (e")]
    [InlineData("🙂🚀")]
    [InlineData("")]
    public async Task Quotes_operators_sql_the_indexes_own_syntax_and_emoji_give_results_or_nothing_never_an_error(string query)
    {
        var results = await app.Scoped<SearchService>().SearchAsync(await app.UserIdAsync(Demo.Expert), query, new SearchFilters());

        Assert.NotNull(results);
    }

    [Fact]
    public async Task A_thousand_characters_are_searched_as_their_first_words()
    {
        var results = await app.Scoped<SearchService>().SearchAsync(await app.UserIdAsync(Demo.Expert), "економіка " + new string('я', 990), new SearchFilters());

        Assert.NotNull(results);
        Assert.True(SearchTerms.Of(new string('ж', 5000)).Single().Length <= 40);
    }

    [Fact]
    public async Task Proposals_awaiting_moderation_are_found_only_by_the_chair_and_the_administrator_and_nobody_unsigned_searches()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var published = Word("велодоріжки");
        var pending = Word("сміттєпереробка");
        await ConsultationTestData.PublishedProposalAsync(app, text: $"Побудувати {published} у містах.");
        await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app), $"Завод: {pending}."));
        var search = app.Scoped<SearchService>();

        Assert.Single((await search.SearchAsync(await app.UserIdAsync(Demo.Economy), published, new SearchFilters())).Proposals);
        Assert.Empty((await search.SearchAsync(await app.UserIdAsync(Demo.Economy), pending, new SearchFilters())).Proposals);
        Assert.Equal(ProposalState.Pending, Assert.Single((await search.SearchAsync(await app.UserIdAsync(Demo.Chair), pending, new SearchFilters())).Proposals).State);
        await Assert.ThrowsAsync<ActionRefusedException>(() => search.SearchAsync(null, published, new SearchFilters()));
    }

    [Fact]
    public async Task A_visitor_finds_only_the_consulted_text_and_published_proposals()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var draft = Word("чернетка");
        await CreateAsync(Demo.Economy, 1, ItemKind.Problem, $"Не оприлюднено {draft}", "Текст.");
        var published = Word("парк");
        await ConsultationTestData.PublishedProposalAsync(app, text: $"Облаштувати {published}.");
        var search = app.Scoped<SearchService>();

        Assert.Empty((await search.SearchPublicAsync(draft)).Items);
        Assert.Contains((await search.SearchPublicAsync("відновлення")).Items, i => i.Kind == ItemKind.Problem);
        Assert.Single((await search.SearchPublicAsync(published)).Proposals);
        Assert.Empty((await search.SearchPublicAsync(published)).Comments);
    }
}
