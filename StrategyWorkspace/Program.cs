using StrategyWorkspace.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkspace();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseWorkspace();

app.Run();

public partial class Program;
