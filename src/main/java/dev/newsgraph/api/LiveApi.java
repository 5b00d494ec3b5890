package dev.newsgraph.api;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.live.LiveEvents;
import dev.newsgraph.security.Access;
import dev.newsgraph.security.AccessInterceptor;
import dev.newsgraph.security.AuthConfig;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * Live updates over WebSocket (graphql-transport-ws or graphql-ws, on /graphql), for dashboards. Subscriptions
 * start on the event loop, where the access interceptor's identity look-up would block: each checks the caller's
 * identity itself, as the identity becomes known, under the same rule as queries.
 */
@GraphQLApi
public class LiveApi {

    @Inject
    LiveEvents events;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AuthConfig auth;

    @Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest request;

    @Name("ProjectedEntity")
    public record ProjectedEntity(@NonNull @Id String id, @NonNull String type, @NonNull String name) {
    }

    @Name("ArticleProjected")
    public record ArticleProjectedView(@NonNull @Id String id, String title, @NonNull List<@NonNull ProjectedEntity> entities) {
    }

    @Name("EntityChanged")
    public record EntityChangedView(@NonNull @Id String id,
            @Description("What changed: mergeEntities, renameEntity, setEntityType, retractFact, or facts (an article "
                    + "stated facts about it)") @NonNull String change,
            @Description("The article, when an article brought the change") String articleId) {
    }

    @Subscription
    @Description("Each article as it lands in the graph, with the entities it mentions.")
    public Multi<ArticleProjectedView> articleProjected() {
        return allowed(() -> events.articles(connection()).map(a -> new ArticleProjectedView(a.id(), a.title(),
                a.entities().stream().map(e -> new ProjectedEntity(e.id(), e.type(), e.name())).toList())));
    }

    @Subscription
    @Description("Each change to one entity: curation decisions about it, and articles that state facts about it.")
    public Multi<EntityChangedView> entityChanged(@NonNull @Id String id) {
        ArgumentBounds.id("id", id);
        return allowed(() -> events.entity(id, connection()).map(c -> new EntityChangedView(c.id(), c.change(), c.articleId())));
    }

    /** The WebSocket connection the subscription came on, when the request is at hand (for the per-connection limit). */
    private Object connection() {
        io.vertx.ext.web.RoutingContext rc = request.getCurrent();
        return rc == null ? null : rc.request().connection();
    }

    /** The stream, once the caller's identity is known and may read. */
    private <T> Multi<T> allowed(Supplier<Multi<T>> stream) {
        return identities.getDeferredIdentity().onItem().transformToMulti(identity -> {
            AccessInterceptor.require(Access.Level.READ, identity, auth.readOpen());
            return stream.get();
        });
    }
}
