using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>Opening a consultation on the demo's edition 1, closing whatever ran before (only one runs at a time).</summary>
internal static class ConsultationTestData
{
    /// <summary>A visitor's proposal, published by the chair.</summary>
    public static async Task<(int Id, string Reference)> PublishedProposalAsync(WorkspaceFactory app, string? target = null, string text = "Пропозиція")
    {
        var reference = await app.Scoped<VisitorService>().SendAsync(Proposal(target ?? await EconomySectionAsync(app), text));
        var chair = await app.UserIdAsync(Demo.Chair);
        var id = (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == reference).Id;
        await app.Scoped<ModerationService>().PublishAsync(chair, id);
        return (id, reference);
    }

    public static async Task<int> OpenFreshAsync(WorkspaceFactory app, DateTime? firstDay = null, int days = 30, int edition = 1)
    {
        var chair = await app.UserIdAsync(Demo.Chair);
        var service = app.Scoped<ConsultationService>();
        if (await service.GetOverviewAsync(chair) is { Consultation.Status: not ConsultationStatus.Closed } running)
        {
            await service.CloseAsync(chair, running.Consultation.Id);
        }
        var first = firstDay ?? DateTime.UtcNow.Date.AddDays(-1);
        return await service.OpenAsync(chair, new OpenConsultationInput
        {
            EditionNumber = edition,
            FirstDay = first,
            LastDay = first.AddDays(days),
            Introduction = "Запрошуємо всіх зацікавлених надіслати пропозиції.",
        });
    }

    /// <summary>Opens without closing what runs: the second of two at once.</summary>
    public static async Task<int> OpenFreshAsyncWithoutClosing(WorkspaceFactory app) =>
        await app.Scoped<ConsultationService>().OpenAsync(await app.UserIdAsync(Demo.Chair), new OpenConsultationInput
        {
            EditionNumber = 1,
            FirstDay = DateTime.UtcNow.Date,
            LastDay = DateTime.UtcNow.Date.AddDays(5),
        });

    /// <summary>The section of «Економіка і екологія» in edition 1.</summary>
    public static async Task<string> EconomySectionAsync(WorkspaceFactory app) => $"g{await app.GroupIdAsync(1)}";

    public static ProposalInput Proposal(string target, string text = "Додати розвиток малого бізнесу.") => new()
    {
        Target = target,
        Text = text,
        Name = "Петро Іваненко",
        Organisation = "ГО «Розвиток громади»",
        Email = "petro@example.org",
        Consent = true,
    };
}
