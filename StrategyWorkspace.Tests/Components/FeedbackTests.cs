using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Npgsql;
using StrategyWorkspace.Components.Shared;
using StrategyWorkspace.Resources;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Components;

public sealed class FeedbackTests : WorkspaceComponentTest
{
    private IStringLocalizer<SharedResource> L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void A_database_that_does_not_answer_for_a_moment_is_said_plainly_and_keeps_the_page_alive()
    {
        var lost = new NpgsqlException("Exception while reading from stream", new SocketException((int)SocketError.ConnectionReset));

        Assert.True(Feedback.IsExpected(lost));
        Assert.Equal("База даних зараз не відповідає. Нічого з набраного не втрачено: спробуйте ще раз за кілька секунд.", Feedback.Describe(L, lost));
        // A bug stays a bug: it is not dressed up as a passing outage.
        Assert.False(Feedback.IsExpected(new InvalidOperationException("a bug")));
        Assert.False(Feedback.IsExpected(new SqliteException("no such table: X", 1)));
    }

    [Fact]
    public void A_lost_database_wrapped_by_EF_is_still_recognised()
    {
        var lost = new NpgsqlException("Exception while reading from stream", new IOException("reset", new SocketException((int)SocketError.ConnectionReset)));

        Assert.True(DatabaseAvailability.IsUnavailable(new DbUpdateException("An error occurred while saving the entity changes.", lost)));
        Assert.False(DatabaseAvailability.IsUnavailable(new DbUpdateException("A unique index was violated.", new InvalidOperationException("duplicate"))));
    }

    [Fact]
    public async Task The_frame_of_a_page_shows_a_fallback_while_the_database_is_away_and_lets_bugs_through()
    {
        static async Task<string> Lost() => throw new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        static async Task<string> Bug() => throw new InvalidOperationException("a bug");

        Assert.Equal("", await Lost().OrWhileDatabaseUnavailable(""));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Bug().OrWhileDatabaseUnavailable(""));
    }
}
