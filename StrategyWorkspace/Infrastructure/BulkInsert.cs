using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// Inserts many new entities of one type with INSERTs built from the EF model: its table, its columns and each column's type mapping,
/// so every value is stored exactly as EF would store it, on SQLite and on PostgreSQL. Tracked and saved one by one, the 60,000 rows
/// of a file of values took 4.6 s of the 5 s the benchmark allows (docs/benchmarks.md). The insert joins the context's transaction:
/// the write gate's.
/// </summary>
internal static class BulkInsert
{
    // PostgreSQL: many rows a statement, one round trip each, well under its 65,535 parameters. SQLite: one row a statement, prepared
    // once and run again with each row's values: Microsoft.Data.Sqlite finds each parameter by name in a list, so a statement of
    // thousands of them took seconds to bind (the write took 22 s), and SQLite has no round trip to save.
    private const int MaxParameters = 10_000;

    /// <summary>
    /// Inserts <paramref name="entities"/>, every column but a key the database generates. With <paramref name="keyedBy"/> (a unique
    /// Guid property), returns each row's generated key by that property's value; RETURNING's order is not the rows' on every database.
    /// </summary>
    public static async Task<Dictionary<Guid, int>> InsertAsync<T>(WorkspaceDbContext db, IReadOnlyList<T> entities, string? keyedBy,
        CancellationToken cancellationToken)
        where T : class
    {
        var keys = new Dictionary<Guid, int>();
        if (entities.Count == 0)
        {
            return keys;
        }
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var generatedKey = entityType.FindPrimaryKey()!.Properties.SingleOrDefault(p => p.ValueGenerated != ValueGenerated.Never);
        var columns = entityType.GetProperties().Where(p => p != generatedKey).ToList();
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
        var returning = keyedBy is null || generatedKey is null
            ? ""
            : $" RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table)!)}, {sql.DelimitIdentifier(entityType.FindProperty(keyedBy)!.GetColumnName(table)!)}";
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParameters / columns.Count);
            // One command for every chunk of the same size: the same text, so SQLite keeps its prepared statement.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var chunk in entities.Chunk(rowsPerStatement))
            {
                command.Parameters.Clear();
                var text = new StringBuilder(head);
                for (var row = 0; row < chunk.Length; row++)
                {
                    text.Append(row == 0 ? "(" : ", (");
                    for (var column = 0; column < columns.Count; column++)
                    {
                        var name = sql.GenerateParameterName($"p{row * columns.Count + column}");
                        text.Append(column == 0 ? "" : ", ").Append(name);
                        command.Parameters.Add(mappings[column].CreateParameter(command, name, columns[column].PropertyInfo!.GetValue(chunk[row]),
                            columns[column].IsNullable));
                    }
                    text.Append(')');
                }
                var commandText = text.Append(returning).ToString();
                if (command.CommandText != commandText)
                {
                    command.CommandText = commandText;
                }
                if (returning.Length == 0)
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                    continue;
                }
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    keys[reader.GetFieldValue<Guid>(1)] = reader.GetInt32(0);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return keys;
    }
}
