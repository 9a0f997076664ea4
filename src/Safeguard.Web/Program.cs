using Safeguard.Web.SignIn;
using Safeguard.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
// Serve wwwroot/lib (built into the project folder by the npm target) in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();
builder.AddSafeguardWeb();

var app = builder.Build();

// Never a stack trace: unhandled exceptions and bare error statuses both re-run the GOV.UK error page.
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
if (!app.Environment.IsDevelopment()) app.UseHsts();

app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseTwoFactorEnrolment();
app.UseAuthorization();
app.MapRazorPages();

// Start-up migrates and seeds the database first: see Startup/DatabasePreparation.
await app.RunAsync();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
