using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguard.Web.Tests.Support;

/// <summary>Renders one of the app's compiled Razor partials with a model, outside any page, to test its HTML.</summary>
public static class PartialRenderer
{
    public static async Task<string> RenderAsync<TModel>(IServiceProvider services, string viewPath, TModel model)
    {
        await using var scope = services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var actionContext = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var found = scope.ServiceProvider.GetRequiredService<IRazorViewEngine>().GetView(executingFilePath: null, viewPath, isMainPage: false);
        if (!found.Success) throw new InvalidOperationException($"No view at {viewPath}.");
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var tempData = new TempDataDictionary(http, scope.ServiceProvider.GetRequiredService<ITempDataProvider>());
        await using var writer = new StringWriter();
        await found.View.RenderAsync(new ViewContext(actionContext, found.View, viewData, tempData, writer, new HtmlHelperOptions()));
        return writer.ToString();
    }
}
