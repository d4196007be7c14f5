<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="391" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation>イベントAPIがこの端末の設定を受け付けません（%1）。新しい登録はこの端末に保存されます。スタッフ向け：トークンとオリジンを確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="403" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation>オフライン：%1時点の情報を表示しています。新しい登録はこの端末に保存され、自動的に送信されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="410" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
        <translation>現在イベント情報を読み込めません。スタッフにお尋ねください。</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="336" />
        <source>Seats taken</source>
        <translation>予約済みの席</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="371" />
        <source>Please collect your badge from a staff member.</source>
        <translation>名札はスタッフからお受け取りください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="372" />
        <source>Your badge is printing.</source>
        <translation>名札を印刷しています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="451" />
        <source>This kiosk cannot save check-ins right now. Staff: check the data folder.</source>
        <translation>この端末は現在、チェックインを保存できません。スタッフ向け：データフォルダーを確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="624" />
        <source>The events server does not accept this kiosk's staff token (%1). Check-ins still work, but without the offline list and the name search. Staff: check the staff token.</source>
        <translation>イベントサーバーがこの端末のスタッフトークンを受け付けません（%1）。チェックインは引き続き利用できますが、オフライン名簿と名前検索は使えません。スタッフ向け：スタッフトークンを確認してください。</translation>
    </message>
</context>
<context>
    <name>CheckInResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="167" />
        <source>Tap anywhere to continue</source>
        <translation>画面のどこかをタップしてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="195" />
        <source>Checking your code…</source>
        <translation>コードを確認しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="204" />
        <source>Sorry, this kiosk cannot check you in right now</source>
        <translation>申し訳ありません。現在この端末ではチェックインできません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="205" />
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="231" />
        <source>Please see a staff member.</source>
        <translation>スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="237" />
        <source>Welcome, %1!</source>
        <translation>ようこそ、%1様！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="238" />
        <source>Welcome!</source>
        <translation>ようこそ！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="243" />
        <source>You're checked in</source>
        <translation>チェックインが完了しました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="247" />
        <source>Checked in</source>
        <translation>チェックインを受け付けました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="248" />
        <source>We'll confirm as soon as the connection is back.</source>
        <translation>接続が回復し次第、確定します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="256" />
        <source>Already checked in</source>
        <translation>チェックイン済みです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="257" />
        <source>Already checked in at %1</source>
        <translation>%1にチェックイン済みです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="260" />
        <source>If that was not you, please see a staff member.</source>
        <translation>ご本人でない場合は、スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="263" />
        <source>On the waitlist</source>
        <translation>キャンセル待ちの登録です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="265" />
        <source>Payment not completed</source>
        <translation>お支払いが完了していません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="267" />
        <source>Not registered for this session</source>
        <translation>このセッションには登録されていません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="269" />
        <source>This code is for another event</source>
        <translation>このコードは別のイベントのものです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="274" />
        <source>That is not a check-in code</source>
        <translation>チェックインコードではありません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="275" />
        <source>Please scan the QR code from your confirmation e-mail.</source>
        <translation>確認メールに記載のQRコードをスキャンしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="279" />
        <source>Code not recognised</source>
        <translation>コードを認識できません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="280" />
        <source>Please check the code, or see a staff member.</source>
        <translation>コードをご確認いただくか、スタッフにお声がけください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="310" />
        <source>and %Ln more</source>
        <translation>
                <numerusform>ほか%Ln件</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="311" />
        <source>Your sessions today:</source>
        <translation>本日のセッション：</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="58" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="97" />
        <source>You were already registered</source>
        <translation>すでに登録済みです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="99" />
        <source>Your check-in code is in your confirmation e-mail.</source>
        <translation>チェックインコードは確認メールに記載されています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="133" />
        <source>Your registration is saved</source>
        <translation>登録内容を保存しました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="121" />
        <source>Your registration is saved on this kiosk and will be sent in a moment. Your confirmation e-mail follows once it has gone through.</source>
        <translation>登録内容はこの端末に保存され、まもなく送信されます。送信が完了すると確認メールが届きます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="135" />
        <source>You are on the waitlist</source>
        <translation>キャンセル待ちに登録しました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="126" />
        <source>You are on the waitlist. If a place becomes free, we will e-mail you. You do not need to check in until then.</source>
        <translation>キャンセル待ちに登録しました。空きが出ましたらメールでお知らせします。それまでチェックインの必要はありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="136" />
        <source>You are registered</source>
        <translation>登録が完了しました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="129" />
        <source>See you there!</source>
        <translation>会場でお待ちしています！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="45" />
        <source>Your check-in code as a QR code</source>
        <translation>チェックインコードのQRコード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="142" />
        <source>Waitlisted for: %1</source>
        <translation>キャンセル待ち：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="151" />
        <location filename="../../kiosk/ui/screens/confirmation.py" line="153" />
        <source>Your check-in code: %1</source>
        <translation>チェックインコード：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="156" />
        <source>Your confirmation e-mail has your check-in code.</source>
        <translation>チェックインコードは確認メールに記載されています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/confirmation.py" line="183" />
        <source>Back to the start in %Ln second(s)</source>
        <translation>
                <numerusform>%Ln秒後に最初の画面に戻ります</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="149" />
        <source>Enter the staff PIN to open the desk.</source>
        <translation>受付を開くにはスタッフ PIN を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="220" />
        <source>Enter the staff PIN to leave desk mode.</source>
        <translation>受付モードを終了するにはスタッフ PIN を入力してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="258" />
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
                <numerusform>誤った PIN が多すぎます。%Ln 秒後にもう一度お試しください。</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="260" />
        <location filename="../../kiosk/ui/flows/desk.py" line="266" />
        <source>That PIN is not right.</source>
        <translation>PIN が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="317" />
        <source>Registration is not possible for this event.</source>
        <translation>このイベントには登録できません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="319" />
        <source>%1 is full: new registrations go on the waitlist.</source>
        <translation>%1 は満席です。新しい登録はキャンセル待ちになります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="321" />
        <source>Registering for %1.</source>
        <translation>%1 の登録を受け付けています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="335" />
        <source>Choose the event first.</source>
        <translation>先にイベントを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="347" />
        <location filename="../../kiosk/ui/flows/desk.py" line="400" />
        <source>%1 was not registered: %2</source>
        <translation>%1 は登録されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="354" />
        <source>%1: registering…</source>
        <translation>%1: 登録中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="383" />
        <location filename="../../kiosk/ui/flows/desk.py" line="415" />
        <source>%1 is saved at this desk and queued for delivery.</source>
        <translation>%1 はこの受付に保存され、送信待ちです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="411" />
        <source>%1 was already registered for %2.</source>
        <translation>%1 はすでに %2 に登録済みでした。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="417" />
        <source>%1 is on the waitlist for %2.</source>
        <translation>%1 は %2 のキャンセル待ちです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="422" />
        <source>%1 is registered for %2, on the waitlist for %Ln session(s).</source>
        <translation>
                <numerusform>%1 は %2 に登録されました（%Ln 件のセッションはキャンセル待ち）。</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="424" />
        <source>%1 is registered for %2.</source>
        <translation>%1 は %2 に登録されました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="430" />
        <source>the event is full.</source>
        <translation>イベントは満席です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="432" />
        <source>a chosen session is full.</source>
        <translation>選んだセッションが満席です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="434" />
        <source>registration for this event has closed.</source>
        <translation>このイベントの登録は締め切られました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="436" />
        <location filename="../../kiosk/ui/flows/desk.py" line="543" />
        <source>the server did not accept it.</source>
        <translation>サーバーが受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="445" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>このキオスクは現在登録を保存できません。スタッフの方はデータフォルダーを確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="455" />
        <source>%1 could not be saved. Nothing is lost: the details are back in the form.</source>
        <translation>%1 を保存できませんでした。入力内容は失われていません。フォームに戻してあります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="529" />
        <source>%Ln registration(s) today</source>
        <translation>
                <numerusform>本日の登録 %Ln 件</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="531" />
        <source>(the latest %Ln shown)</source>
        <translation>
                <numerusform>（最新 %Ln 件を表示）</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="539" />
        <source>Stuck: %1</source>
        <translation>停滞: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="540" />
        <source>Queued to send</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="552" />
        <source>Waitlisted</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="553" />
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="542" />
        <source>Refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="547" />
        <source>Already registered</source>
        <translation>登録済み（重複）</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="133" />
        <location filename="../../kiosk/ui/screens/desk.py" line="170" />
        <source>Staff desk</source>
        <translation>スタッフ受付</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="139" />
        <source>Staff PIN</source>
        <translation>スタッフ PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="145" />
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="148" />
        <source>Stay at the desk</source>
        <translation>受付に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="173" />
        <source>Choose the event…</source>
        <translation>イベントを選択…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="174" />
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="184" />
        <source>Find attendee</source>
        <translation>参加者を検索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="187" />
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="190" />
        <source>Leave desk mode</source>
        <translation>受付モードを終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="204" />
        <location filename="../../kiosk/ui/screens/desk.py" line="209" />
        <location filename="../../kiosk/ui/screens/desk.py" line="619" />
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="205" />
        <location filename="../../kiosk/ui/screens/desk.py" line="210" />
        <location filename="../../kiosk/ui/screens/desk.py" line="620" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="206" />
        <location filename="../../kiosk/ui/screens/desk.py" line="211" />
        <location filename="../../kiosk/ui/screens/desk.py" line="621" />
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="218" />
        <location filename="../../kiosk/ui/screens/desk.py" line="222" />
        <location filename="../../kiosk/ui/screens/desk.py" line="622" />
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="232" />
        <source>Register (Enter)</source>
        <translation>登録（Enter）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="255" />
        <location filename="../../kiosk/ui/screens/desk.py" line="262" />
        <source>Registered here today</source>
        <translation>本日ここで登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="275" />
        <source>Reprint badge</source>
        <translation>バッジを再印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="623" />
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="635" />
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="637" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="693" />
        <source>The badge is being printed again.</source>
        <translation>バッジを再印刷しています。</translation>
    </message>
</context>
<context>
    <name>DoorFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/door.py" line="163" />
        <source>The door's event was changed, but it could not be saved on this kiosk: after a restart the settings file's event applies. Staff: check the data folder.</source>
        <translation>入口のイベントを変更しましたが、この端末に保存できませんでした。再起動後は設定ファイルのイベントが適用されます。スタッフ向け：データフォルダーを確認してください。</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="60" />
        <source>‹ Back to the staff view</source>
        <translation>‹ スタッフ画面に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="65" />
        <source>Use the settings file's choice</source>
        <translation>設定ファイルの指定を使う</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="74" />
        <source>Which event is this door for?</source>
        <translation>この入口はどのイベント用ですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="82" />
        <source>‹ Other events</source>
        <translation>‹ ほかのイベント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="128" />
        <source>No events are known yet. Please try again in a moment.</source>
        <translation>イベント情報がまだありません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="141" />
        <source>Loading the agenda…</source>
        <translation>プログラムを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="162" />
        <location filename="../../kiosk/ui/screens/door.py" line="222" />
        <source>Whole event</source>
        <translation>イベント全体</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="183" />
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="186" />
        <source>Time to be announced</source>
        <translation>時間未定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="197" />
        <source>%1 · %2</source>
        <comment>a session's time · its room</comment>
        <translation>%1／%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="219" />
        <source>The agenda cannot be loaded right now; the whole event can be chosen.</source>
        <translation>現在プログラムを読み込めません。イベント全体は選択できます。</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="219" />
        <source>Checking seats…</source>
        <translation>空席を確認中…</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="283" />
        <source>‹ All events</source>
        <translation>‹ イベント一覧</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="299" />
        <source>QR code of this event's web page</source>
        <translation>このイベントのウェブページのQRコード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="300" />
        <location filename="../../kiosk/ui/screens/event.py" line="302" />
        <source>Scan to open on your phone</source>
        <translation>スキャンしてスマートフォンで表示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="305" />
        <location filename="../../kiosk/ui/screens/event.py" line="561" />
        <source>Loading the agenda…</source>
        <translation>プログラムを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="312" />
        <source>Back to all events</source>
        <translation>イベント一覧に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="367" />
        <source>Agenda</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="368" />
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="369" />
        <source>Sponsors</source>
        <translation>スポンサー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="370" />
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="484" />
        <source>The agenda has not been published yet.</source>
        <translation>プログラムはまだ公開されていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="505" />
        <source>‹ All speakers</source>
        <translation>‹ 登壇者一覧</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="517" />
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="605" />
        <source>No description.</source>
        <translation>説明はありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="654" />
        <source>The agenda and registration for this event cannot be loaded right now. Please try again in a few minutes, or ask a staff member.</source>
        <translation>現在このイベントのプログラムと登録情報を読み込めません。数分後にもう一度お試しいただくか、スタッフにお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="686" />
        <source>%1 of %2 seats taken</source>
        <translation>%2席中%1席が予約済み</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/event.py" line="688" />
        <source>%1 of %2 seats taken · %Ln seat(s) left</source>
        <translation><numerusform>%2席中%1席が予約済み（残り%Ln席）</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="700" />
        <source>Register</source>
        <translation>登録する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="702" />
        <source>Join the waitlist</source>
        <translation>キャンセル待ちに登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="717" />
        <source>Wi-Fi available: %1</source>
        <translation>Wi-Fiあり：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="719" />
        <source>Wi-Fi available</source>
        <translation>Wi-Fiあり</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="721" />
        <source>Step-free access</source>
        <translation>段差なし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="723" />
        <source>Accessible toilets</source>
        <translation>多目的トイレ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="725" />
        <source>Accessible parking</source>
        <translation>車いす用駐車場</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="759" />
        <source>All tracks</source>
        <translation>すべてのトラック</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="798" />
        <source>No sessions listed.</source>
        <translation>セッションはありません。</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="147" />
        <source>What's on</source>
        <translation>イベントのご案内</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="150" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation>イベントをタップすると、プログラムの確認や登録ができます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="153" />
        <source>Loading events…</source>
        <translation>イベントを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="190" />
        <source>Already registered? Scan your code</source>
        <translation>登録済みの方：コードをスキャン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="307" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation>現在公開中のイベントはありません。スタッフにお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="314" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation>現在イベント一覧を読み込めません。スタッフにお尋ねください。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="181" />
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="622" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>この端末は現在、登録を保存できません。スタッフ向け：データフォルダーを確認してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="655" />
        <source>%Ln registration(s) waiting to be sent, the oldest for %1 min</source>
        <translation><numerusform>送信待ちの登録 %Ln件（最も古いものは%1分経過）</numerusform></translation></message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="57" />
        <source>Language: %1</source>
        <translation>言語：%1</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="78" />
        <source>Choose your language</source>
        <translation>言語を選択してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/language.py" line="94" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="27" />
        <source>Kiosk needs attention</source>
        <translation>Kiosk：対応が必要です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="28" />
        <source>This kiosk needs a staff member</source>
        <translation>この端末にはスタッフの対応が必要です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="31" />
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="73" />
        <location filename="../../kiosk/ui/presentation.py" line="74" />
        <source>Text size and contrast</source>
        <translation>文字サイズとコントラスト</translation>
    </message>
</context>
<context>
    <name>PresentationPanel</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="95" />
        <source>Text size and contrast</source>
        <translation>文字サイズとコントラスト</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="97" />
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="101" />
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="102" />
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="103" />
        <source>Largest</source>
        <translation>特大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="113" />
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="116" />
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="120" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="267" />
        <source>QR code</source>
        <translation>QRコード</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="423" />
        <source>‹ Back</source>
        <translation>‹ 戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="831" />
        <source>Next ›</source>
        <translation>次へ ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="461" />
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="462" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="465" />
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="470" />
        <source>First name *</source>
        <translation>名 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="471" />
        <source>Last name *</source>
        <translation>姓 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="484" />
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="492" />
        <source>Your e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="493" />
        <source>E-mail *</source>
        <translation>メールアドレス *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="497" />
        <source>Your confirmation is sent there.</source>
        <translation>確認メールはこのアドレスに送信されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="508" />
        <source>Choose your sessions</source>
        <translation>セッションの選択</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="524" />
        <source>Check and register</source>
        <translation>確認して登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="537" />
        <source>Register me automatically if a place becomes free</source>
        <translation>空きが出たら自動的に登録する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="543" />
        <location filename="../../kiosk/ui/screens/register.py" line="809" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Register</source>
        <translation>登録する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="664" />
        <source>Edit</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="739" />
        <source>A few questions</source>
        <translation>いくつかの質問</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="688" />
        <source>Other sessions</source>
        <translation>その他のセッション</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="804" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Join the waitlist</source>
        <translation>キャンセル待ちに登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="806" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation>%1は満席です。空きが出ましたらお知らせします。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="909" />
        <source>Step %1 of %2</source>
        <translation>ステップ %1／%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="967" />
        <source>Name: %1</source>
        <translation>お名前：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="971" />
        <source>E-mail: %1</source>
        <translation>メールアドレス：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="997" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1006" />
        <source>No answers</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1137" />
        <source>Please answer this question.</source>
        <translation>この質問にお答えください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="987" />
        <source>Sessions: %1</source>
        <translation>セッション：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="986" />
        <source>No sessions chosen</source>
        <translation>セッション未選択</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1026" />
        <source>Optional. Tap a session to pick it; tap again to drop it.</source>
        <translation>任意です。セッションをタップすると選択、もう一度タップすると解除できます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1028" />
        <source>You picked two sessions at %1. Please untick one of them.</source>
        <translation>%1の時間帯に2つのセッションが選ばれています。どちらか一方のチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1100" />
        <source>Please check the fields marked in red.</source>
        <translation>赤く表示された項目をご確認ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1124" />
        <source>Please fill in your first name.</source>
        <translation>名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1126" />
        <source>Please fill in your last name.</source>
        <translation>姓を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1128" />
        <source>Please fill in your e-mail address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1136" />
        <source>Please choose an answer.</source>
        <translation>回答を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1162" />
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="304" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation>申し訳ありません。たった今イベントが満席になりました。代わりにキャンセル待ちに登録できます。もう一度ボタンをタップしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="307" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation>申し訳ありません。たった今イベントが満席になりました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="310" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation>申し訳ありません。選択したセッションがたった今満席になりました。セッションをご確認ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="313" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation>申し訳ありません。このイベントの登録受付はたった今終了しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="316" />
        <source>The registration was not accepted: %1</source>
        <translation>登録は受け付けられませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="317" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation>登録は受け付けられませんでした。スタッフにお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="328" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>この端末は現在、登録を保存できません。スタッフ向け：データフォルダーを確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="338" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation>申し訳ありません。現在この端末では登録を受け付けられません。入力内容は失われていません。スタッフにお尋ねください。</translation>
    </message>
</context>
<context>
    <name>ScanButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="54" />
        <source>QR code symbol</source>
        <translation>QRコードのアイコン</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="135" />
        <source>‹ Back</source>
        <translation>‹ 戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="139" />
        <source>Scan your QR code</source>
        <translation>QRコードをスキャンしてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="152" />
        <source>Type your code instead</source>
        <translation>コードを入力する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="156" />
        <source>Find by name (staff)</source>
        <translation>名前で検索（スタッフ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="191" />
        <source>‹ Back to scanning</source>
        <translation>‹ スキャンに戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="194" />
        <source>Type your check-in code</source>
        <translation>チェックインコードを入力してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="197" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation>確認メールのQRコードの下にある8文字の英数字です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="202" />
        <source>Check-in code</source>
        <translation>チェックインコード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="219" />
        <source>Check in</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="286" />
        <source>Hold the code inside the square</source>
        <translation>コードを枠の中に合わせてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="302" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation>確認メールのQRコードをカメラにかざしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="303" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation>確認メールのQRコードをスキャナーの下にかざしてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="356" />
        <source>A check-in code has 8 letters and digits. This one has %Ln.</source>
        <translation>
                <numerusform>チェックインコードは8文字の英数字です。入力されたコードは%Ln文字です。</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="361" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation>これはチェックインコードではありません。メールの内容と見比べてください。</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="376" />
        <source>%1 Check-ins go on; badges wait in the staff view.</source>
        <translation>%1チェックインは引き続き利用できます。名札はスタッフ画面で待機します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="411" />
        <source>Badge cancelled.</source>
        <translation>名札を取り消しました。</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="237" />
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="244" />
        <source>Staff only</source>
        <translation>スタッフ専用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="256" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation>この端末にはスタッフPINが設定されていないため、参加者名は表示されません。表示するには、このコンピューターで次のコマンドを実行してPINを設定してください：kiosk set-pin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="269" />
        <source>Nothing waiting: every registration has been delivered.</source>
        <translation>送信待ちはありません。すべての登録が送信済みです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="288" />
        <source>Retry selected now</source>
        <translation>選択分を今すぐ再送</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="291" />
        <source>Retry all now</source>
        <translation>すべて今すぐ再送</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="299" />
        <source>Desk mode</source>
        <translation>受付モード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="307" />
        <source>Registrations not yet delivered</source>
        <translation>未送信の登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="321" />
        <source>Close the kiosk</source>
        <translation>Kioskを終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="325" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="330" />
        <source>Close the kiosk?</source>
        <translation>Kioskを終了しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="334" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation>Kioskを再び起動するまで、参加者はここで登録できません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="363" />
        <source>‹ Leave the staff view</source>
        <translation>‹ スタッフ画面を終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="374" />
        <source>‹ Previous page</source>
        <translation>‹ 前のページ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="377" />
        <source>Next page ›</source>
        <translation>次のページ ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="427" />
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="431" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation>入口のイベントを選ぶには、スタッフPINを設定してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="452" />
        <source>Door: %1 · %2</source>
        <translation>入口：%1／%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="453" />
        <source>any event</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="454" />
        <source>whole event</source>
        <translation>イベント全体</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="476" />
        <source>Setup check</source>
        <translation>セットアップの確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="478" />
        <source>Check this kiosk's setup</source>
        <translation>このキオスクのセットアップを確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="515" />
        <source>The setup check could not run. Run kiosk doctor on this computer.</source>
        <translation>セットアップの確認を実行できませんでした。このコンピューターで kiosk doctor を実行してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>On-screen keyboard</source>
        <translation>画面キーボード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Badge printer</source>
        <translation>名札プリンター</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="521" />
        <source>Events API</source>
        <translation>イベント API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="524" />
        <source>Needs fixing</source>
        <translation>要修正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="526" />
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="532" />
        <source>Ready to run the kiosk.</source>
        <translation>キオスクを運用できます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="533" />
        <source>Items to fix: %1</source>
        <translation>修正が必要な項目：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="555" />
        <source>Print now</source>
        <translation>今すぐ印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="558" />
        <source>Cancel badge</source>
        <translation>名札を取り消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="562" />
        <source>Badge preview</source>
        <translation>名札のプレビュー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="571" />
        <source>Badges</source>
        <translation>名札</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="600" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation>Kioskを終了するには、スタッフPINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="602" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation>参加者を検索するには、スタッフPINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="603" />
        <source>Enter the staff PIN.</source>
        <translation>スタッフPINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="732" />
        <source>Rows %1–%2 of %3</source>
        <translation>%3 行中 %1～%2 行目</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="858" />
        <source>Tap a badge first, then Cancel badge.</source>
        <translation>名札をタップしてから、「名札を取り消す」をタップしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="895" />
        <source>Tap a registration first, then Retry selected now.</source>
        <translation>登録をタップしてから、「選択分を今すぐ再送」をタップしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="782" />
        <source>Badge printer %1: %2</source>
        <translation>名札プリンター「%1」：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="816" />
        <source>Badge %1</source>
        <translation>名札 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="818" />
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="805" />
        <source>%Ln badge(s) waiting</source>
        <translation>
                <numerusform>待機中の名札 %Ln枚</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="229" />
        <source>Staff PIN</source>
        <translation>スタッフPIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="709" />
        <source>%Ln registration(s) waiting to be sent</source>
        <translation><numerusform>送信待ちの登録 %Ln件</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="711" />
        <source>%Ln registration(s) stuck</source>
        <translation><numerusform>滞留中の登録 %Ln件</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="713" />
        <source>%Ln registration(s) refused by the server</source>
        <translation><numerusform>サーバーに拒否された登録 %Ln件</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="749" />
        <source>%Ln registration(s) delivered.</source>
        <translation><numerusform>%Ln件の登録を送信しました。</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="754" />
        <source>%Ln registration(s) refused again (see the reason).</source>
        <translation><numerusform>%Ln件の登録が再び拒否されました（理由を確認してください）。</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="780" />
        <source>Badge printer %1: %2 – %3</source>
        <translation>名札プリンター「%1」：%2。%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="813" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="819" />
        <source>%1 · %2 · %3</source>
        <translation>%1／%2／%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="850" />
        <source>Sending the waiting badges to the printer…</source>
        <translation>待機中の名札をプリンターに送信しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="878" />
        <source>Sending %Ln registration(s) again…</source>
        <translation>
                <numerusform>%Ln件の登録を再送しています…</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="880" />
        <source>Nothing to send again.</source>
        <translation>再送するものはありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="887" />
        <source>Could not send again: the kiosk cannot read its queue. Try again.</source>
        <translation>再送できませんでした：端末が送信キューを読み取れません。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="902" />
        <source>Sending again…</source>
        <translation>再送しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="499" />
        <location filename="../../kiosk/ui/screens/staff.py" line="921" />
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="944" />
        <source>That PIN is not right.</source>
        <translation>PINが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="962" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>PINの誤入力が多すぎます。%1後にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="103" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="104" />
        <source>First or last name</source>
        <translation>姓または名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="108" />
        <source>Clear the name</source>
        <translation>名前を消去</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="123" />
        <source>Find an attendee</source>
        <translation>参加者を検索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="136" />
        <source>Check in</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="141" />
        <source>Reprint badge</source>
        <translation>名札を再印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="146" />
        <source>Back to the results</source>
        <translation>検索結果に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="163" />
        <source>‹ Done: back to scanning</source>
        <translation>‹ 完了：スキャンに戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="194" />
        <source>Type at least two letters of a first or last name.</source>
        <translation>姓または名を2文字以上入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="199" />
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="217" />
        <source>Found: %Ln. Tap the right person.</source>
        <translation>
                <numerusform>%Ln件見つかりました。該当する方をタップしてください。</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="219" />
        <source>No one found. Try the first name or the last name instead, or fewer letters.</source>
        <translation>該当する方が見つかりません。姓または名のどちらかだけで検索するか、文字数を減らしてお試しください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="227" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation>現在検索を利用できません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="256" />
        <source>This registration has no check-in code.</source>
        <translation>この登録にはチェックインコードがありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="262" />
        <source>The badge is being printed again.</source>
        <translation>名札を再印刷しています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="267" />
        <source>This registration cannot be opened right now. Please try again.</source>
        <translation>現在この登録を開けません。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="107" />
        <source>Still there?</source>
        <translation>まだご利用中ですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="113" />
        <source>What you entered is kept if you tap Yes. Otherwise the kiosk starts over for the next person and forgets it.</source>
        <translation>「はい」をタップすると、入力内容はそのまま残ります。タップしない場合は、次の方のために最初の画面に戻り、入力内容は消去されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="117" />
        <source>Yes, I'm still here</source>
        <translation>はい、利用中です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="119" />
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="158" />
        <source>Starting over in %Ln s</source>
        <translation>
                <numerusform>%Ln秒後に最初に戻ります</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="429" />
        <source>Badge printing is switched off.</source>
        <translation>名札の印刷はオフになっています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="431" />
        <source>There is no print queue named “%1”.</source>
        <translation>「%1」という名前の印刷キューはありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="434" />
        <source>The print system (CUPS) does not answer.</source>
        <translation>印刷システム（CUPS）が応答しません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="437" />
        <source>The printer is stopped: %1</source>
        <translation>プリンターが停止しています：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="438" />
        <source>The printer is stopped.</source>
        <translation>プリンターが停止しています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="441" />
        <source>The printer refuses new jobs: %1</source>
        <translation>プリンターが新しいジョブを受け付けていません：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="442" />
        <source>The printer refuses new jobs.</source>
        <translation>プリンターが新しいジョブを受け付けていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="445" />
        <source>The printer is out of paper or labels.</source>
        <translation>プリンターの用紙またはラベルが切れています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="447" />
        <source>The paper or labels are jammed in the printer.</source>
        <translation>プリンター内で用紙またはラベルが詰まっています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="449" />
        <source>A cover of the printer is open.</source>
        <translation>プリンターのカバーが開いています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="451" />
        <source>The printer is offline.</source>
        <translation>プリンターがオフラインです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="452" />
        <source>The printer reports a problem: %1</source>
        <translation>プリンターが問題を報告しています：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="458" />
        <source>The badge could not be printed: %1</source>
        <translation>名札を印刷できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="461" />
        <source>The badge template does not fit this paper: %1</source>
        <translation>名札のテンプレートがこの用紙に合いません：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="464" />
        <source>The print log cannot be written: %1</source>
        <translation>印刷ログを書き込めません：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="466" />
        <source>Badge printing failed; see the kiosk's log.</source>
        <translation>名札の印刷に失敗しました。Kioskのログを確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="150" />
        <source>%1 time</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="166" />
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="168" />
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="179" />
        <source>Date to be announced</source>
        <translation>日付未定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="78" />
        <location filename="../../kiosk/ui/text.py" line="183" />
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="35" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation>主催者が登録管理のために私の情報を保存し、このイベントに関するメールを送信することに同意します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="65" />
        <source>dddd d MMMM</source>
        <comment>a date format (Qt): weekday, day, month</comment>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="71" />
        <source>ddd d MMM</source>
        <comment>a date format (Qt): weekday, day, month, short</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="185" />
        <source>%1, %2 – %3</source>
        <comment>day, start time – end time</comment>
        <translation>%1 %2〜%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="188" />
        <source>%1, %2 – %3, %4</source>
        <comment>start day, time – end day, time</comment>
        <translation>%1 %2〜%3 %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="193" />
        <source>%1 %2</source>
        <comment>a date and time, then its time zone</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="201" />
        <source>%1 – %2</source>
        <comment>a start time – an end time</comment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="248" />
        <source>%1, %2</source>
        <comment>a building, a room in it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="256" />
        <source>On now</source>
        <translation>開催中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="260" />
        <source>Starting now</source>
        <translation>まもなく開始</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="261" />
        <source>Starts in %Ln min</source>
        <translation>
                <numerusform>あと%Ln分で開始</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="263" />
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="271" />
        <source>Open for registration</source>
        <translation>登録受付中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="274" />
        <source>Full – waitlist open</source>
        <translation>満席・キャンセル待ち受付中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="276" />
        <source>Full</source>
        <translation>満席</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="278" />
        <source>Registration closed</source>
        <translation>登録受付終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="280" />
        <source>Event has ended</source>
        <translation>イベント終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="281" />
        <source>Register with a staff member</source>
        <translation>登録はスタッフへ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="664" />
        <location filename="../../kiosk/ui/delegates.py" line="970" />
        <location filename="../../kiosk/ui/text.py" line="298" />
        <source>Fully booked</source>
        <translation>満席</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="665" />
        <location filename="../../kiosk/ui/delegates.py" line="971" />
        <location filename="../../kiosk/ui/text.py" line="300" />
        <source>Full – waitlist</source>
        <translation>満席・キャンセル待ち可</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/delegates.py" line="663" />
        <location filename="../../kiosk/ui/delegates.py" line="969" />
        <location filename="../../kiosk/ui/text.py" line="304" />
        <source>%Ln seat(s) left</source>
        <translation>
                <numerusform>残り%Ln席</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="312" />
        <source>Registration for this event is closed.</source>
        <translation>このイベントの登録受付は終了しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="314" />
        <source>This event is full.</source>
        <translation>このイベントは満席です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="316" />
        <source>This event has ended.</source>
        <translation>このイベントは終了しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="318" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation>このイベントへの登録は、スタッフにお申し付けください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="327" />
        <source>This is too long. Please shorten it.</source>
        <translation>入力が長すぎます。短くしてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="328" />
        <source>Please shorten this to %Ln character(s) or fewer.</source>
        <translation>
                <numerusform>%Ln文字以内で入力してください。</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="330" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>メールアドレスの形式ではないようです（例：name@example.org）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="332" />
        <source>Please choose one of the options.</source>
        <translation>選択肢から1つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="334" />
        <source>This contains characters that cannot be used.</source>
        <translation>使用できない文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="336" />
        <source>Please tick the box to agree before registering.</source>
        <translation>登録する前に、チェックボックスにチェックを入れて同意してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="338" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation>選択したセッションが満席です。選択を外してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="373" />
        <source>Time to be announced</source>
        <translation>時間未定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="142" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="143" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="51" />
        <source>Checked in</source>
        <translation>チェックイン済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="53" />
        <source>Checked in at %1</source>
        <translation>%1にチェックイン済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="55" />
        <source>On the waitlist</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="57" />
        <source>Payment not completed</source>
        <translation>支払い未完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="58" />
        <source>Registered, not checked in yet</source>
        <translation>登録済み（未チェックイン）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="110" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="111" />
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="112" />
        <source>Attendee</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="113" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="114" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="115" />
        <source>Submission</source>
        <translation>送信ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="133" />
        <source>Any event</source>
        <translation>イベント指定なし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="137" />
        <source>Check-in</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="141" />
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="143" />
        <source>Stuck</source>
        <translation>滞留</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="145" />
        <source>Waiting (%Ln attempt(s))</source>
        <translation>
                <numerusform>送信待ち（%Ln回試行）</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="979" />
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="980" />
        <source>printing</source>
        <translation>印刷中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="981" />
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="982" />
        <source>refusing jobs</source>
        <translation>ジョブ拒否中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="983" />
        <source>needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="984" />
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="985" />
        <source>print system not answering</source>
        <translation>印刷システム応答なし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="986" />
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="987" />
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
</context>
</TS>