using System.Data.Common;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

/// <summary>An edition of 1,000 items: merged, read and exported in a few queries, whatever its size.</summary>
public sealed class LargeEditionTests : IAsyncLifetime
{
    private const int ItemCount = 1_000;

    /// <summary>The only text the merge's bulk insert writes: a parameter, never part of the statement.</summary>
    private const string HostileGroupName = "О'Браєн\"); DROP TABLE \"EditionEntries\"; -- {0} «лапки»";
    private readonly WorkspaceFactory app = new();

    public async ValueTask InitializeAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var chair = await app.UserIdAsync(Demo.Chair);
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var groups = await db.WorkingGroups.Where(g => !g.IsCommittee).OrderBy(g => g.Position).Select(g => g.Id).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        await db.WorkingGroups.Where(g => g.Id == groups[0]).ExecuteUpdateAsync(g => g.SetProperty(x => x.Name, HostileGroupName));
        var body = string.Join("\n\n", Enumerable.Repeat("Економіка регіону має стійко та динамічно розвиватися, примножуючи людський та фінансовий капітал.", 8));
        Item? previous = null;
        for (var i = 0; i < ItemCount; i++)
        {
            var item = new Item { WorkingGroupId = groups[i % groups.Count], Kind = (ItemKind)(i % 4 + 1), Position = 100 + i, CreatedAt = now };
            if (previous is not null && item.Kind != ItemKind.Problem)
            {
                // 750 links: more than one statement of the bulk insert holds.
                item.Links.Add(new ItemLink { To = previous });
            }
            previous = item;
            var version = item.AddVersion($"Пункт {i}", body, null, member, "", now);
            item.Submit(version, member, null, now);
            item.Approve(version, chair, null, now);
            db.Items.Add(item);
        }
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_thousand_items_merge_read_in_one_query_for_their_texts_and_export()
    {
        var chair = await app.UserIdAsync(Demo.Chair);
        var consolidation = app.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        Assert.True(plan.Candidates.Count >= ItemCount);

        var number = await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose(plan.Candidates.Select(c => c.ItemId)), null);

        var commands = new CommandCounter();
        var options = app.DatabaseOptions().AddInterceptors(commands).Options;
        await using (var db = new WorkspaceDbContext(options))
        {
            var document = await EditionReader.ReadDocumentAsync(db, number, CancellationToken.None);
            Assert.True(document!.ItemCount >= ItemCount);
            Assert.Contains(document.Groups, g => g.Name == HostileGroupName);
            Assert.True(document.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Sum(i => i.LinksTo.Count) >= ItemCount * 3 / 4);
        }
        Assert.True(commands.Count <= 3, $"{commands.Count} queries to read an edition");

        var file = await app.Scoped<EditionExports>().DocxAsync(chair, number);
        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), isEditable: false);
        var headings = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading3");
        Assert.True(headings >= ItemCount);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
