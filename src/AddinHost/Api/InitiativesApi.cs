using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Marketing.Returns;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// What each marketing initiative returned (manager/admin; <see cref="InitiativeReturns"/>) and the three one-call
/// questions, which any signed-in user may ask over the clients they can see.
/// </summary>
public static class InitiativesApi
{
    public static void MapInitiativesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/initiatives").WithTags("Initiatives");
        group.MapGet("/returns", Returns).RequireAuthorization(Policies.ManagerOrAdmin);
        group.MapGet("/questions/latest-promotion", LatestPromotion).RequireAuthorization(Policies.AnyFirmUser);
        group.MapGet("/questions/brochure-holders", BrochureHolders).RequireAuthorization(Policies.AnyFirmUser);
        group.MapGet("/{id:guid}/not-contacted-since", NotContactedSince).RequireAuthorization(Policies.AnyFirmUser);
    }

    private static async Task<ReturnsResult> Returns(CmsDb db, IOptions<AttributionRules> rules, CancellationToken ct) =>
        await InitiativeReturns.ComputeAsync(db, rules.Value, ct);

    private static async Task<Results<Ok<PromotionClients>, NotFound<ProblemDetails>>> LatestPromotion(Guid productId, CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var answer = await InitiativeQuestions.LatestPromotionClientsAsync(db, await current.ViewerAsync(ct), productId, ct);
        return answer is null
            ? TypedResults.NotFound(new ProblemDetails { Title = "No promotion for this product.", Detail = $"No initiative of kind Promotion names product {productId}.", Status = 404 })
            : TypedResults.Ok(answer);
    }

    private static async Task<IReadOnlyList<MaterialHolder>> BrochureHolders(Guid productId, CurrentUser current, CmsDb db, CancellationToken ct) =>
        await InitiativeQuestions.BrochureHoldersAsync(db, await current.ViewerAsync(ct), productId, ct);

    private static async Task<Results<Ok<Uncontacted>, NotFound>> NotContactedSince(Guid id, CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var answer = await InitiativeQuestions.NotContactedSinceAsync(db, await current.ViewerAsync(ct), id, ct);
        return answer is null ? TypedResults.NotFound() : TypedResults.Ok(answer);
    }
}
