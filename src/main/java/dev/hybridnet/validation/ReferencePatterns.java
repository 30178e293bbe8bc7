package dev.hybridnet.validation;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.PatternMatch.Status;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognition of the four reference architectures, most specific first. A simpler reference that is complete
 * only as part of a larger one (the VPN and ExpressRoute paths of a failover design, the hub's connectivity of a
 * hub-spoke design) is marked as within it, so that a failover diagram is detected as failover and not also as
 * VPN and ExpressRoute.
 */
final class ReferencePatterns {

    private ReferencePatterns() {
    }

    static List<PatternMatch> match(Facts f) {
        Links links = new Links(f);
        ConnectivityPatterns connectivity = new ConnectivityPatterns(f, links);
        PatternMatch hubSpoke = HubSpokePattern.match(f);
        PatternMatch vpn = connectivity.vpn();
        PatternMatch er = connectivity.expressRoute();
        PatternMatch failover = connectivity.failover(vpn, er);

        Set<String> hubs = HubSpokePattern.completeHubs(f).stream().map(Element::id).collect(Collectors.toSet());
        List<Links.Link> failoverLinks = links.failover();
        if (failover.status() == Status.COMPLETE && inHubs(failoverLinks, hubs)) {
            failover = failover.within(Reference.HUB_SPOKE);
        }
        er = subsume(er, links.expressRoute, hubs, failoverLinks);
        vpn = subsume(vpn, links.vpn, hubs, failoverLinks);
        return List.of(hubSpoke, failover, er, vpn);
    }

    private static PatternMatch subsume(PatternMatch match, List<Links.Link> paths, Set<String> hubs,
            List<Links.Link> failoverLinks) {
        if (match.status() != Status.COMPLETE) {
            return match;
        }
        if (inHubs(paths, hubs)) {
            return match.within(Reference.HUB_SPOKE);
        }
        boolean covered = paths.stream().allMatch(p -> hubs.contains(p.vnet().id())
                || failoverLinks.stream().anyMatch(p::samePair));
        return covered ? match.within(Reference.EXPRESSROUTE_VPN_FAILOVER) : match;
    }

    private static boolean inHubs(List<Links.Link> paths, Set<String> hubs) {
        return !paths.isEmpty() && paths.stream().allMatch(p -> hubs.contains(p.vnet().id()));
    }
}
