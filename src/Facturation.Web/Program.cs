using Facturation.Web.Infrastructure;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command is null ? args : []);
builder.AddFacturation(commandLineMode: command is not null);
var app = builder.Build();

if (command is not null)
{
    return await command.RunAsync(app.Services);
}

app.UseFacturation();
await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that WebApplicationFactory can reach it.</summary>
public partial class Program;
