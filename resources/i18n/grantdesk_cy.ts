<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>{count} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {unit} (at least {minimum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {maximum} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {unit} (at least {minimum}, at most {maximum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {unit} over the limit. Please shorten your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {unit} short of the minimum. Please add a little more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all your applications (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what is missing, then print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications you delete wait here until you restore them. Nothing in the bin is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications in the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (last saved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste rows from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows in a spreadsheet, then press Ctrl+V in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can reclaim &amp;VAT (our group is VAT-registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;overheads as a share of direct costs (full cost recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads, per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads are worked out on each year’s direct costs (every line not itself an overhead) and rounded to the nearest penny, so the lines always add up to the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every cost of the project. The amount you ask for and your other funding together should cover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This funder asks only for the costs it would pay: list just those, adding up to the amount you ask for, and give the total cost of the whole project below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every cost of the project, and say for each line whether this funder or other funding pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £12,500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total cost of the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s budget rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lines were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can reclaim VAT, so it is left out of your costs and not asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most small groups cannot reclaim VAT, so VAT is a real cost and is included in your totals ({vat} at 20%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads at {rate} of direct costs: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {n}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <source>Chart of spending by category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is a new draft; the original stays exactly as it is. For another funder, each answer moves to the question on its form that asks the same thing, and GrantDesk tells you which answers are now too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funder: the eleven common questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>After you send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a note of what happens: when it went, what the funder decided and why, and, if it is successful, the offer and the reports you must send. Reports due appear on the home screen so none is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was not successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the funder sa&amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we will do &amp;differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk shows this the next time you write to this funder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant’s &amp;terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and reporting schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day you sent it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>About this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the application a title you will recognise, and say who it is for. The funder’s guidance notes give the fund’s name, the smallest and largest grants it gives and the closing date. The project’s dates set how many years the budget covers (up to five).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{funder}: its form is not typed in (the eleven common questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funder chosen yet: the eleven common questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{funder} (removed from your funders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funder not listed here: type in its form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the whole form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in or change its form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this funder also asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the funder gives one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder’s &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £4,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount you are as&amp;king for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year, for example 15/01/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to the closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;mallest grant the fund gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest grant the fund gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants this fund gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, this funder said: {feedback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you said you would do differently: {lessons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the application a title, so you can find it again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>A draft from your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk can write a first draft of this answer from your plan, for you to edit. It goes where you choose; your own words are never replaced without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a draft from your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the en&amp;d of my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place my answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing in your plan for this answer yet. Fill in the step “Your plan” first, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitEditor</name>
    <message>
        <source>Exit strategy routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will the work carry on, or end well, when this grant runs out? Choose one or more routes and give the details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months’ notice to the people who use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice is to give at least {months} months’ notice before funding stops, and help people find other support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the exit strategy is weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fold</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEntryView</name>
    <message>
        <source>The funder’s form, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question after this one (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, and the smallest and largest grants it gives, from its guidance notes. Then press Next and type in its questions one at a time, in its order: copy each one from the funder’s form and paste it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step before (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the las&amp;t question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of {funder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. (not typed in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: its questions →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderAbout</name>
    <message>
        <source>Funder’s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it has more than one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund or &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it fun&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One priority a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its prio&amp;rities (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;mallest grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 31 March 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderEditor</name>
    <message>
        <source>Its form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype in its form one question at a time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderQuestions</name>
    <message>
        <source>The funder’s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the questions in the funder’s own words and order, with its own numbers if it has them. Leave “At most” empty where the funder sets no limit. For a written answer, give the numbers of the common questions it asks, so earlier answers can move across: {list}. A figure can be filled in from what GrantDesk already holds, and then keeps in step with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderRequirements</name>
    <message>
        <source>The funder’s requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the funder asks for, in its words (“a copy of your latest accounts”). Leave the amounts empty if it applies to every grant. Each application to this funder shows them as a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderRules</name>
    <message>
        <source>Only if the funder’s guidance sets these. Left as they are, GrantDesk counts as most funders do and asks for the whole project’s budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its other requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More rules (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks for besides its questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk looks for these, and prints them, only where the funder asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for GrantDesk’s usual declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it counts &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it counts c&amp;haracters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it asks for the &amp;budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Staff; Venue; Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own budget headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest description of a line (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pounds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management costs at most (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management costs at most (% of the grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings that count as management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Other” costs at most (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Other” costs at most (% of the grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings that count as “other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant covers at most (% of total cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One grant at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last grant’s final report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last grant’s end-of-grant report must be in before applying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest project (months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundersView</name>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all your applications (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders and their forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this funder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a funder from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a funder’s form that someone else typed in and saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this funder to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this funder’s form as a file, to give to other groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this funder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from your funders? Applications already written for it keep every word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the funder to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk funder files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save the file there ({reason}). Please choose another place, such as your Documents folder or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{funder}” to {path}. Give this file to anyone who applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a funder from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk funder files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not open {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantDesk</name>
    <message>
        <source>GrantDesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk is already open with these applications (on the computer called {host}). Please carry on in that window; once it is closed, GrantDesk can be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders and their forms (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell GrantDesk about your group once, and every application will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your group’s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy to adapt for another funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: closing dates and reports due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four steps take you from here to a printed application. Everything is saved as you type, on this computer, so you can stop and come back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell GrantDesk about your group. You type this once; every application uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an application and choose the funder. If it is not listed, type in its form: copy each question from the funder’s form and paste it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answers, the budget and your plan, a step at a time. The word count and the funder’s limit are always beside what you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it, then print it or save it as a PDF to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an application →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your group’s profile →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications for {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {reminder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is ready, and the original is unchanged. These answers break the new form’s limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is ready, and the original is unchanged. Every answer fits the new form’s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{title}” to the bin? You can put it back at any time from the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was moved to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} was removed. Press Ctrl+Z or Undo to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to take &amp;away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a c&amp;opy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: “{text}” in {field}. Please correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed somewhere else, so GrantDesk has not saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you have typed is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Please try again once the bottom of the window says your changes are saved. GrantDesk keeps trying by itself, and nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were working, {what} was changed somewhere else: in another GrantDesk using the same folder, or by a GrantDesk command. GrantDesk has not saved over it.

Keep your version (the other changes to it are replaced), or use the other version (yours is copied, so you can paste it back)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to the funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: write the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or open an application first, then press Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF would not include your latest changes, because they are not saved yet. The bottom of the window says why; GrantDesk keeps trying, and you can print as soon as it says your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or open an application first, then save a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is as it was on {when}. What was here just before is kept as a backup: press Undo to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is back as it was before you restored the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} – GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save your latest changes. If you close now, they will be lost. Copy any text you need first, or keep GrantDesk open while it tries again.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your last changes… GrantDesk will close when they are safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchEditor</name>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List money and help from elsewhere: secured, applied for (with when you will hear), or in kind, such as volunteer time or a donated venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the amount you ask for, it should cover the whole project’s costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should cover the rest of the whole project’s cost, beyond what you ask this funder for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should cover the budget lines marked as paid by other funding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneySummary</name>
    <message>
        <source>The money at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do about the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>Start a new application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a title and say who it is for. You can fill in the rest later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Friday Night Safe Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funder not listed here (you type in its form next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet (the eleven common questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Dyffryn Community Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it has more than one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £4,800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 31 March 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder’s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund or &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount you will ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: type in its form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a title for the application, so you can find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the funder, or “Not decided yet” if you do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the funder’s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReadyDialog</name>
    <message>
        <source>Your PDF is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved as “{name}”
in the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the PDF is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer and print the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program that opens PDFs. You can still print it, or copy the file to a USB stick and open it on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not open the folder. The PDF is in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it as &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions about the problem you are tackling and the change you hope to see. Funders look for the thread from one to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk can then draft {questions} from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step for the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The problem you are tackling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a nee&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What you will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will deliver, with numbers: “40 weekly sessions”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something you &amp;will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. What will change for people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference in people’s lives, not what you do: “young people feel safer”, “fewer reports on Friday nights”. Count each change the same way as the need it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a c&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what goes &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money, staff time, volunteers and expertise the work needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. What it takes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems you are tackling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change for people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as the printed application sets it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it as &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need {n} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {n} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the need: what problem are you tackling, for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <source>The plan as a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} things to put right before you send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to put right before you send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to go straight to it. You can still print or save a draft now: every page will be marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is ready to print or save as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder also asks for these. Tick them on “About this application” when they are done; they do not stop you printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the funder also asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every page &amp;DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>GrantDesk could not save the blank form there ({reason}). Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritiesChecklist</name>
    <message>
        <source>{funder}’s priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how your project meets each priority you can honestly claim, and tick it when your answer does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all your applications (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group’s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this once: every application you write will use it. Everything is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;role in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the group actually does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you do week to week, who comes and where – not your mission statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year the group was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank account in the group’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most funders can only pay a grant into a bank account in the group’s own name. If you do not have one yet, ask your local CVS about opening one, or about a partner who could hold the money for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEntry</name>
    <message>
        <source>Copy the question from the funder’s form or guidance and paste it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;question, in the funder’s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;kind of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at l&amp;east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit: at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from the question’s words: change it if it is wrong. What you wrote before for that kind of question moves onto this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these is it &amp;most like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these is it most like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice a line, as the form lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its c&amp;hoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The a&amp;nswer is filled in from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its n&amp;umber on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s guidance for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s guidance for it (o&amp;ptional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it has one, such as Q{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Help with this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} · {n} of {total} on this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What funders look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General tips for questions like this one. Where they differ from what this funder asks, follow the funder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk’s general &amp;tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;example of a strong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example is {length} {unit}; yours must be {maximum} or fewer, so take the ideas rather than the length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anything to add in your own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find earlier answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything you have written before and put it into this answer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer as it was earlier, to read or put back (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the limit on the funder’s form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit comes from the funder’s form, so it is changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit for this answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the limit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your group’s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the group &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not said what kind of organisation your group is yet. Open the group profile to choose, and it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account in the group’s name: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account in the group’s name: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account in the group’s name: not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This puts the draft in place of everything you have written for this question. You can press Ctrl+Z straight away to get your words back, and they are kept among the earlier versions of this answer. Replace your answer?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Changes cannot be saved here: the folder GrantDesk keeps your work in ({folder}) cannot be written to. You can still read and print everything. To carry on working, save a copy to take away and open it in GrantDesk on another computer, or ask whoever looks after this one to check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to take &amp;away…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsEditor</name>
    <message>
        <source>Reports due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk makes a backup when it starts and every ten minutes while you work, and keeps the last ten and one a day for a month. Choose the one to go back to. What is here now is backed up first, so you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. GrantDesk makes one when it starts and every ten minutes while you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep a copy somewhere else, copy a backup file from the folder “backups” in GrantDesk’s data folder, or use “Save a copy to take away”. Copying grantdesk.sqlite3 itself while GrantDesk is open can miss your latest changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recently saved: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup from {when}? Everything in GrantDesk will be as it was then. What is here now is backed up first, so you can undo this straight after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Earlier versions of this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk keeps your answer as it was every few minutes while you write, and before a draft or an earlier version is put in. Choose one to read it. Putting it back keeps what you have now as a version too, and Ctrl+Z in your answer undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no earlier versions of this answer yet. GrantDesk keeps one every few minutes while you write, and before a draft is put in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {words} words, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen &amp;version, whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put this version back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>the funder “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find earlier answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words from anything you have written before, in any application. Choose a result to read it, then put it into this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words to find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier answers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole earlier answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the en&amp;d of my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words, or the start of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in 1 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in {n} answers, best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeFormDialog</name>
    <message>
        <source>The whole form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question on the form, with its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;blank form to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank form as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Save another copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
