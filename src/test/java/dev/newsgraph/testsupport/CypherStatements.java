package dev.newsgraph.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service's count of Cypher statements sent (newsgraph_cypher_queries_total at /q/metrics, on the management port). */
public final class CypherStatements {

    private static final Pattern TOTAL = Pattern.compile("(?m)^newsgraph_cypher_queries_total(?:\\{[^}]*\\})? ([0-9.E+-]+)$");

    private CypherStatements() {
    }

    public static double total() {
        String metrics = given().get(Management.url("/metrics")).then().statusCode(200).extract().asString();
        Matcher m = TOTAL.matcher(metrics);
        assertTrue(m.find(), "newsgraph_cypher_queries_total is exposed");
        return Double.parseDouble(m.group(1));
    }
}
