var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Safeguard");
app.Run();

public partial class Program;
