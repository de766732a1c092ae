using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.FileProviders;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// The real app, in this process, on a SQLite file of its own: migrations, the demo committee,
/// then the size's groups, items and versions in realistic Ukrainian text. With
/// <c>serveHttp</c> it also listens on a loopback port, beside a folder of static files.
/// </summary>
public sealed class BenchWorkspace : IAsyncDisposable
{
    private static readonly DateTimeOffsetToBinaryConverter Dates = new();

    private BenchWorkspace(WebApplication app, string folder, Size size)
    {
        App = app;
        Folder = folder;
        Size = size;
    }

    public WebApplication App { get; }
    public string Folder { get; }
    public Size Size { get; }
    public string DatabasePath => Path.Combine(Folder, "workspace.db");
    public string StaticFolder => Path.Combine(Folder, "static");
    public string ConnectionString => $"Data Source={DatabasePath}";
    public string BaseAddress { get; private set; } = "";
    public string MemberId { get; private set; } = "";
    public string ChairId { get; private set; } = "";
    public string AdministratorId { get; private set; } = "";
    public IReadOnlyList<int> GroupIds { get; private set; } = [];
    public IReadOnlyList<int> ItemIds { get; private set; } = [];

    public T Service<T>() where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public string Describe() =>
        $"{GroupIds.Count} groups, {ItemIds.Count} generated items, {new FileInfo(DatabasePath).Length / 1_048_576.0:0} MB database";

    public static async Task<BenchWorkspace> CreateAsync(Size size, bool serveHttp)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sw-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "static"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "StrategyWorkspace",
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseStaticWebAssets();
        builder.Configuration["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "workspace.db")}";
        builder.Configuration["Workspace:SeedDemoData"] = "true";
        builder.Configuration["Workspace:ProposalsPerHour"] = "1000000";
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddWorkspace();
        if (serveHttp)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        var workspace = new BenchWorkspace(app, folder, size);
        await workspace.GenerateAsync();
        if (serveHttp)
        {
            // The peer of the public page: the same bytes as a static file from the same server.
            // Pages are saved as the server sent them to a browser (Brotli), so the file goes out with that encoding too.
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(workspace.StaticFolder),
                RequestPath = "/bench-static",
                OnPrepareResponse = file => file.Context.Response.Headers.ContentEncoding = "br",
            });
            app.UseWorkspace();
            await app.StartAsync();
            workspace.BaseAddress = app.Urls.First().TrimEnd('/');
        }
        return workspace;
    }

    /// <summary>Groups, a member of all of them, and the items with their versions, the newest of each approved.</summary>
    private async Task GenerateAsync()
    {
        var users = Service<UserManager<ApplicationUser>>();
        MemberId = (await users.FindByEmailAsync("economy@demo.local"))!.Id;
        ChairId = (await users.FindByEmailAsync("chair@demo.local"))!.Id;
        AdministratorId = (await users.FindByEmailAsync("admin@demo.local"))!.Id;

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        var groups = new List<int>();
        for (var g = 1; g <= Size.Groups; g++)
        {
            var existing = await ScalarAsync<long?>(connection, transaction, "SELECT Id FROM WorkingGroups WHERE Position = $p", ("$p", g));
            if (existing is { } id)
            {
                groups.Add((int)id);
                continue;
            }
            var name = $"Напрям розвитку {g}";
            await ExecuteAsync(connection, transaction,
                "INSERT INTO WorkingGroups (StrategyId, Name, NormalizedName, Description, Position, IsArchived, CreatedAt) " +
                "VALUES ((SELECT Id FROM Strategies LIMIT 1), $n, $nn, '', $p, 0, $at)",
                ("$n", name), ("$nn", name.ToUpperInvariant()), ("$p", g), ("$at", Dates.ConvertToProvider(now)!));
            groups.Add((int)(await ScalarAsync<long?>(connection, transaction, "SELECT last_insert_rowid()"))!.Value);
        }
        foreach (var group in groups)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT OR IGNORE INTO GroupMemberships (WorkingGroupId, UserId, AddedAt) VALUES ($g, $u, $at)",
                ("$g", group), ("$u", MemberId), ("$at", Dates.ConvertToProvider(now)!));
        }

        var item = connection.CreateCommand();
        item.Transaction = transaction;
        item.CommandText = "INSERT INTO Items (WorkingGroupId, Kind, Position, CreatedAt, LatestVersionNumber, ApprovedVersionNumber) " +
                           "VALUES ($g, $k, $p, $at, $v, $v); SELECT last_insert_rowid();";
        var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText =
            "INSERT INTO ItemVersions (ItemId, Number, Title, Body, BasedOnNumber, AuthorId, ChangeNote, CreatedAt, State, SubmittedById, SubmittedAt, DecidedById, DecidedAt, StateToken) " +
            "VALUES ($i, $n, $t, $b, $base, $a, $note, $at, $s, $a, $at, $c, $at, $token)";
        var items = new List<int>();
        var text = SeedText.Instance;
        var counter = 0;
        foreach (var group in groups)
        {
            for (var i = 0; i < Size.ItemsPerGroup; i++, counter++)
            {
                var kind = (ItemKind)(i % 4 + 1);
                item.Parameters.Clear();
                item.Parameters.AddWithValue("$g", group);
                item.Parameters.AddWithValue("$k", (int)kind);
                item.Parameters.AddWithValue("$p", 100 + i / 4);
                item.Parameters.AddWithValue("$at", Dates.ConvertToProvider(now)!);
                item.Parameters.AddWithValue("$v", Size.VersionsPerItem);
                var itemId = (int)(long)(await item.ExecuteScalarAsync())!;
                items.Add(itemId);
                // Bodies of about 1 KB; every fiftieth of about 20 KB, as long chapters are.
                var body = $"Предмет: {SeedText.Subject(counter)}.\n\n{text.Body(counter, counter % 50 == 0 ? 20_000 : 1_000)}";
                for (var n = 1; n <= Size.VersionsPerItem; n++)
                {
                    version.Parameters.Clear();
                    version.Parameters.AddWithValue("$i", itemId);
                    version.Parameters.AddWithValue("$n", n);
                    version.Parameters.AddWithValue("$t", text.ItemTitle(counter));
                    version.Parameters.AddWithValue("$b", n == 1 ? body : text.Revise(body, n));
                    version.Parameters.AddWithValue("$base", n == 1 ? DBNull.Value : n - 1);
                    version.Parameters.AddWithValue("$a", MemberId);
                    version.Parameters.AddWithValue("$note", $"Редакція {n}");
                    version.Parameters.AddWithValue("$at", Dates.ConvertToProvider(now.AddMinutes(n))!);
                    version.Parameters.AddWithValue("$s", (int)(n == Size.VersionsPerItem ? RevisionState.Approved : RevisionState.Superseded));
                    version.Parameters.AddWithValue("$c", ChairId);
                    version.Parameters.AddWithValue("$token", Guid.NewGuid().ToString().ToUpperInvariant());
                    await version.ExecuteNonQueryAsync();
                }
            }
        }
        await transaction.CommitAsync();
        GroupIds = groups;
        ItemIds = items;
        await ExecuteAsync(connection, null, "ANALYZE");
    }

    /// <summary>
    /// The implementation plan of the size: in every group two projects per item, each serving one of the group's tasks with funding from
    /// two sources over three years, and six indicators on the approved version of every goal and task (at M: 2,000 projects and 3,000
    /// indicators beside the 1,000 items). One version each, approved, so the next merge takes them in. Returns how many of each it made.
    /// </summary>
    public async Task<(int Projects, int Indicators)> AddPlanAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        var text = SeedText.Instance;
        // Measured every half-year: ten periods each to the horizon, as the monitoring line's file has them.
        var indicators = new IndicatorSet(Enumerable.Range(1, 6).Select(n => new Indicator(Guid.NewGuid(), $"Показник {n}", "%", "Держстат",
            Periodicity.HalfYearly, 10m + n, 2015, [new IndicatorTarget(2018, 20m + n), new IndicatorTarget(2020, 30.5m + n)])));
        var measured = await ExecuteAsync(connection, transaction,
            "UPDATE ItemVersions SET Indicators = $json WHERE Number = (SELECT ApprovedVersionNumber FROM Items i WHERE i.Id = ItemId) " +
            "AND ItemId IN (SELECT Id FROM Items WHERE Kind IN (3, 4) AND WorkingGroupId IN (" + string.Join(",", GroupIds) + "))",
            ("$json", indicators.AsJson));

        var projects = 0;
        foreach (var group in GroupIds)
        {
            var tasks = new List<long>();
            await using (var find = connection.CreateCommand())
            {
                find.Transaction = transaction;
                find.CommandText = "SELECT Id FROM Items WHERE WorkingGroupId = $g AND Kind = 4 ORDER BY Position";
                find.Parameters.AddWithValue("$g", group);
                await using var reader = await find.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tasks.Add(reader.GetInt64(0));
                }
            }
            for (var i = 0; i < Size.ItemsPerGroup * 2; i++, projects++)
            {
                var plan = new ProjectPlan(text.Title(projects + 7), "Департамент економічного розвитку облдержадміністрації", "Луганська область",
                    new PlanPeriod(2018), new PlanPeriod(2020),
                    Enumerable.Range(2018, 3).SelectMany(year => new[]
                    {
                        new FundingLine(FundingSource.RegionalBudget, year, 100m + i + year % 7 + 0.25m),
                        new FundingLine(FundingSource.InternationalAssistance, year, 250.5m + i),
                    }));
                var itemId = await ScalarAsync<long>(connection, transaction,
                    "INSERT INTO Items (WorkingGroupId, Kind, Position, CreatedAt, LatestVersionNumber, ApprovedVersionNumber) " +
                    "VALUES ($g, 5, $p, $at, 1, 1); SELECT last_insert_rowid();",
                    ("$g", group), ("$p", 100 + i), ("$at", Dates.ConvertToProvider(now)!));
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO ItemVersions (ItemId, Number, Title, Body, AuthorId, ChangeNote, CreatedAt, State, SubmittedById, SubmittedAt, DecidedById, DecidedAt, StateToken, Project) " +
                    "VALUES ($i, 1, $t, $b, $a, 'Редакція 1', $at, $s, $a, $at, $c, $at, $token, $plan)",
                    ("$i", itemId), ("$t", text.Title(projects + 3)), ("$b", text.Body(projects, 600)), ("$a", MemberId), ("$at", Dates.ConvertToProvider(now)!),
                    ("$s", (int)RevisionState.Approved), ("$c", ChairId), ("$token", Guid.NewGuid().ToString().ToUpperInvariant()), ("$plan", plan.AsJson));
                if (tasks.Count > 0)
                {
                    await ExecuteAsync(connection, transaction, "INSERT INTO ItemLinks (FromItemId, ToItemId) VALUES ($f, $t)",
                        ("$f", itemId), ("$t", tasks[i % tasks.Count]));
                }
            }
        }
        await transaction.CommitAsync();
        await ExecuteAsync(connection, null, "ANALYZE");
        return (projects, measured * indicators.Count);
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<T?> ScalarAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
