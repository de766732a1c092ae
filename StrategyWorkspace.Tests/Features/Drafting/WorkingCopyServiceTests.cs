using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class WorkingCopyServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private DraftingService Drafting => app.Scoped<DraftingService>();
    private WorkingCopyService WorkingCopies => app.Scoped<WorkingCopyService>();

    private async Task<(string Member, int GroupId, int ItemId)> NewProblemAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var group = await app.GroupIdAsync(1);
        var id = await Drafting.CreateItemAsync(member, group, ItemKind.Problem, new DraftInput { Title = Demo.Unique("Проблема"), Body = "Опис проблеми" }, []);
        return (member, group, id);
    }

    [Fact]
    public async Task The_working_copy_is_kept_on_the_server_across_service_instances_and_goes_with_the_save()
    {
        var (member, _, id) = await NewProblemAsync();
        var tooLongTitle = new string('Ж', Item.MaxTitleLength + 10);

        await WorkingCopies.SaveAsync(member, id, 1, tooLongTitle, "Незбережений текст\r\nз рядками");

        // A new instance, as after a server restart.
        var restored = await app.Scoped<WorkingCopyService>().GetAsync(member, id);
        Assert.Equal((tooLongTitle, "Незбережений текст\nз рядками", 1), (restored!.Title, restored.Body, restored.BaseVersionNumber));
        Assert.Null(await WorkingCopies.GetAsync(await app.UserIdAsync(Demo.Admin), id));

        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Коротко", Body = restored.Body });
        Assert.Null(await WorkingCopies.GetAsync(member, id));
    }

    [Fact]
    public async Task Discarding_the_working_copy_removes_it()
    {
        var (member, _, id) = await NewProblemAsync();
        await WorkingCopies.SaveAsync(member, id, 1, "Т", "Б");
        await WorkingCopies.DiscardAsync(member, id);
        Assert.Null(await WorkingCopies.GetAsync(member, id));
    }
}
