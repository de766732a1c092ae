using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

internal static class ConsolidationTestData
{
    /// <summary>
    /// Edition 2 from what the demo approved since edition 1 (the economy problem's revision, the goal),
    /// made by whichever test of a class comes first, so a page has two editions to compare.
    /// </summary>
    public static async Task SecondEditionAsync(WorkspaceFactory app)
    {
        var chair = await app.UserIdAsync(Demo.Chair);
        var consolidation = app.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        if (plan.CurrentEdition == 1)
        {
            await consolidation.MergeAsync(chair, 1, plan.Choose(plan.Candidates.Select(c => c.ItemId)), "Друге зведення");
        }
    }
}
