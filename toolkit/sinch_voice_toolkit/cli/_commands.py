"""The CLI's commands, one per operation of the spec, generated from openapi.yaml.

Written by scripts/generate_facade.py (`make generate`) from `scripts/commands.py.jinja`: do
not edit; change the spec (its `x-cli` curation) or the template. Plain data, so that
`sinch-voice --help` loads no client. A command with `hand_written` set runs the handler of
that operation in `_cli`; any other runs its facade method with the arguments listed here.
"""

from ._command_table import Command, CommandArgument

# The command groups: the spec's tags and their descriptions.
GROUPS: dict[str, str] = {
    "numbers": "The numbers you own and the application each one is assigned to.",
    "callbacks": "The callback URLs Sinch calls with events of an application.",
    "query": "Information about a phone number.",
    "calls": "Calls in progress or ended, on the calling hosts.",
    "conferences": "Conferences and their participants, on the calling hosts.",
}

COMMANDS: tuple[Command, ...] = (
    Command(
        operation_id="getNumbers",
        words=("numbers", "list"),
        help="list the numbers you own",
        hand_written="a table of number, capability and application",
    ),
    Command(
        operation_id="updateNumbers",
        words=("numbers", "assign"),
        help="assign numbers to an application",
        hand_written="a bulk run over any number of numbers (files, progress, report, resume)",
    ),
    Command(
        operation_id="unassignNumber",
        words=("numbers", "unassign"),
        help="un-assign numbers",
        hand_written="a bulk run over any number of numbers (files, progress, report, resume)",
    ),
    Command(
        operation_id="getCallbackUrls",
        words=("callbacks", "get"),
        help="show an application's callback URLs",
        hand_written="the application defaults to the one of --key",
    ),
    Command(
        operation_id="updateCallbackUrls",
        words=("callbacks", "set"),
        help="set an application's callback URLs",
        hand_written="--primary and --fallback; the application defaults to the one of --key",
    ),
    Command(
        operation_id="queryNumber",
        words=("query",),
        help="look a number up",
        hand_written="the first E.164 check with its hint, and a one-row table",
    ),
    Command(
        operation_id="getCallResult",
        words=("calls", "get"),
        help="show a call",
        method="get_call_result",
        arguments=(
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
        ),
    ),
    Command(
        operation_id="getConferenceInfo",
        words=("conferences", "get"),
        help="list a conference's participants",
        method="get_conference_info",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
        ),
    ),
)
