using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Activity;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Features.Admin.Strategy;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Features.Import;
using StrategyWorkspace.Features.Search;
using StrategyWorkspace.Features.Localization;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Features.ProjectCalls;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Features.Translations;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// The shared building blocks (clock, items, text, live updates) and each feature's services, feature by
/// feature. A service is scoped, as a circuit is: each owns its unit of work through the context factory.
/// </summary>
internal static class FeatureRegistration
{
    internal static void AddWorkspaceFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new CommitteeClock(provider.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(provider.GetRequiredService<IOptions<WorkspaceOptions>>().Value.TimeZone)));
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ItemLiveNotifier>();
        services.AddScoped<ItemReader>();
        services.AddScoped<StrategyHeading>();
        services.AddScoped<GroupDirectory>();

        services.AddScoped<UserCultureService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<GroupAdminService>();
        services.AddScoped<StrategyAdminService>();

        services.AddScoped<DraftingService>();
        services.AddScoped<WorkingCopyService>();
        services.AddScoped<BrowserDraftCopy>();
        services.AddScoped<ReviewService>();
        services.AddScoped<CommentService>();
        services.AddScoped<SuggestionService>();
        services.AddScoped<TranslationService>();
        services.AddScoped<ActivityService>();
        services.AddSingleton<InboxNotifier>();
        services.AddScoped<NotificationService>();
        services.AddScoped<ConsolidationService>();
        services.AddScoped<EditionReader>();
        services.AddScoped<EditionExports>();
        services.AddScoped<MonitoringService>();
        services.AddScoped<ProgressService>();
        services.AddScoped<MonitoringReportService>();
        services.AddScoped<PublicResultsService>();
        services.AddScoped<CallService>();
        services.AddScoped<ApplicantService>();
        services.AddScoped<ScreeningService>();
        services.AddScoped<DocumentImportService>();
        services.AddScoped<SearchService>();
        services.AddScoped<ReportDocuments>();

        services.AddScoped<ConsultationService>();
        services.AddScoped<VisitorService>();
        services.AddScoped<ModerationService>();
        services.AddScoped<AnswerService>();
        services.AddScoped<ReportService>();
        services.AddScoped<ConsultationReports>();
        services.AddSingleton<ProposalRateLimiter>();
    }
}
