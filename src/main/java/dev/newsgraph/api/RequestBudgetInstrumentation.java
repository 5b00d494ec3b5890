package dev.newsgraph.api;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * Applies {@link RequestBudget} to every request, as one BAD_USER_INPUT error instead of an answer. Before
 * validation, because graphql-java's own checks are not linear in every document (a chain of fragments
 * costs its cycle check the cube of its length); and again before execution when SmallRye's query cache
 * skipped validation, because the cost depends on the variables too.
 */
final class RequestBudgetInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(RequestBudgetInstrumentation.class);

    private final RequestBudget budget;

    RequestBudgetInstrumentation(RequestBudget budget) {
        this.budget = budget;
    }

    /** Whether this execution's document was checked at validation. */
    private static final class Checked implements InstrumentationState {
        boolean done;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Checked();
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        check(parameters.getDocument(), parameters.getSchema(), parameters.getExecutionInput().getVariables());
        ((Checked) state).done = true;
        return super.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        if (!((Checked) state).done) {
            ExecutionContext execution = parameters.getExecutionContext();
            check(execution.getDocument(), execution.getGraphQLSchema(), execution.getCoercedVariables().toMap());
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private void check(Document document, GraphQLSchema schema, Map<String, Object> variables) {
        try {
            budget.check(document, schema, variables);
        } catch (BadUserInputException e) {
            LOG.infof("Refused a GraphQL request: %s", e.getMessage());
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message("%s", e.getMessage())
                    .errorType(ErrorType.ValidationError).extensions(Map.of("code", "BAD_USER_INPUT")).build()));
        }
    }
}
