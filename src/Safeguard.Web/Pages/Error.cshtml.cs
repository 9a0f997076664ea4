using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Safeguard.Web.Pages;

/// <summary>
/// The one error page, for unhandled exceptions (re-run by UseExceptionHandler) and bare error statuses (re-run by
/// status code pages). It says what the user can do and never shows exception details.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Duration = 0, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        if (exception is not null)
            logger.LogError(exception.Error, "Unhandled exception on {Path}; trace {TraceId}", exception.Path, HttpContext.TraceIdentifier);
        var status = exception is not null ? 500 : code ?? 500;
        if (status is < 400 or > 599) status = 404;
        Response.StatusCode = status;
        (Title, Lines) = status switch
        {
            404 => ("Page not found", (IReadOnlyList<string>)["If you typed the web address, check it is correct.",
                "If you followed a link to a child's record, the record may have moved or you may not have access to it."]),
            403 => ("You do not have access to this page", ["Ask your team manager if you think you should have access."]),
            429 => ("Too many attempts", ["Wait a minute, then try again."]),
            400 => ("Sorry, there is a problem with that request", ["Go back, refresh the page and try again."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later.",
                $"If it keeps happening, tell the service desk and quote reference {HttpContext.TraceIdentifier}."]),
        };
    }
}
