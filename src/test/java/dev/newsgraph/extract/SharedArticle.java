package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference article: read from ../shared/eval (or /work/shared/eval), else this embedded copy. */
final class SharedArticle {

    private SharedArticle() {
    }

    static String text() throws IOException {
        for (String p : new String[] {"../shared/eval/articles/us-china-military-channels.txt",
                "/work/shared/eval/articles/us-china-military-channels.txt"}) {
            Path path = Path.of(p);
            if (Files.exists(path)) {
                return Files.readString(path, StandardCharsets.UTF_8);
            }
        }
        return EMBEDDED;
    }

    static final String EMBEDDED = """
Weather     Live Markets

US and China Agree to Establish Military Communications to Prevent Conflicts

In a significant diplomatic development, US Secretary of War Pete Hegseth announced plans to establish military-to-military communications channels with China following what he described as a “positive meeting” with Chinese Defense Minister Admiral Dong Jun. This agreement comes in the wake of President Donald Trump’s recent meeting with Chinese President Xi Jinping, signaling a potential thaw in the often-tense military relationship between the two global powers. Both defense leaders acknowledged during their talks that peace, stability, and good relations represent the optimal path forward for US-China relations. “Admiral Dong and I agreed that we should set up military-to-military channels to deconflict and deescalate any problems that arise,” Hegseth stated on social media, adding that further meetings on this initiative are planned in the near future. This direct communication mechanism aims to prevent misunderstandings and manage potential crises before they escalate into more serious confrontations.

Despite this constructive dialogue with Chinese leadership, Secretary Hegseth maintained a firm stance on China’s territorial ambitions during a separate meeting with defense leaders from the Association of Southeast Asian Nations (ASEAN) in Malaysia. He directly challenged Beijing’s expansive claims in the South China Sea, stating that “China’s sweeping territorial and maritime claims in the South China Sea fly in the face of their commitments to resolve disputes peacefully.” Hegseth emphasized America’s commitment to peace while asserting that the US would not accept Chinese domination of regional nations. This balancing act reflects the complex nature of US-China relations under the current administration – seeking cooperation where possible while firmly opposing actions deemed contrary to international norms or threatening to American allies in the region.

The South China Sea remains one of the most contentious flashpoints in US-China relations, with multiple nations including the Philippines, Vietnam, Malaysia, and Brunei claiming overlapping territories with Beijing. Recent tensions have been particularly pronounced between China and the Philippines, with Chinese officials labeling the latter a “troublemaker” for conducting joint naval and air exercises with the United States and other allies. Hegseth specifically criticized China’s designation of the Scarborough Shoal – territory seized from the Philippines in 2012 – as a “nature reserve,” characterizing it as “yet another attempt to coerce new and expanded territorial and maritime claims” at the expense of regional nations. This direct criticism highlights the Biden administration’s willingness to confront what it views as unacceptable Chinese behavior even while pursuing dialogue.

During his address to ASEAN leaders, Hegseth proposed concrete measures to counter Chinese maritime pressure in the region. He urged the Southeast Asian bloc to finalize the long-negotiated Code of Conduct with China while suggesting the creation of a “shared maritime domain awareness” network and rapid-response systems that would ensure any nation facing “aggression and provocation is not alone.” These proposals reflect a strategic shift toward strengthening collective security arrangements in the Indo-Pacific rather than relying solely on bilateral US security guarantees. The War Secretary’s emphasis on multilateral approaches aligns with broader US efforts to build coalitions capable of deterring Chinese assertiveness while managing escalation risks through diplomatic channels.

Hegseth also welcomed plans for a joint ASEAN-US maritime exercise scheduled for December, which aims to enhance coordination and safeguard freedom of navigation in contested waters. This practical military cooperation complements the diplomatic initiatives to establish deconfliction channels with China, illustrating the multi-faceted approach the United States is taking toward regional security challenges. By simultaneously strengthening alliances, confronting problematic behavior, and maintaining dialogue with Beijing, the administration appears to be pursuing a strategy that acknowledges both the competitive and cooperative elements of the US-China relationship. This balanced approach recognizes that while competition with China is inevitable on many fronts, managing that competition to prevent conflict remains an essential goal.

The developments come at a critical juncture in US-China relations following President Trump’s meeting with President Xi, which Trump characterized as highly successful. The agreement to establish military-to-military communication channels represents a tangible outcome from these high-level diplomatic engagements. However, the persistent tensions in the South China Sea underscore the challenges that remain in achieving sustainable stability between the world’s two largest powers. As both nations navigate their complex relationship, the newly established communication mechanisms may prove crucial in preventing miscalculations during moments of heightened tension. The coming months will test whether these diplomatic initiatives can effectively reduce military risks while addressing the underlying strategic competition that continues to define US-China relations in the Indo-Pacific region and beyond.

Share.
Leave A Reply

Exit mobile version""";
}
