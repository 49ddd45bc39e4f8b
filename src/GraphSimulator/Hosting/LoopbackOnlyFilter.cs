using System.Net;

namespace OutlookCms.GraphSimulator.Hosting;

/// <summary>Admin and token-minting endpoints answer only callers on this machine.</summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem("The simulator's admin endpoints answer loopback callers only.", statusCode: 403));
    }
}
