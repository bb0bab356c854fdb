"""Demo lessons for lower secondary school (THCS, grades 6–9, ages 11–14)."""

LESSONS = [
    # 7
    {
        "slug": "mang-xa-hoi-va-dau-chan-so",
        "title": "Mạng xã hội và dấu chân số",
        "summary": "Học sinh hiểu dấu chân số là gì và vì sao những gì đăng lên mạng có thể tồn tại rất lâu, kể cả khi đã xóa.",
        "age_bands": ["thcs"],
        "topics": ["internet-mang-xa-hoi", "thong-tin-ca-nhan"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Nêu được lợi ích và rủi ro chính của mạng xã hội.",
            "Giải thích được dấu chân số là gì và vì sao nó khó xóa.",
            "Nhận ra trường, lớp, ảnh, kết quả học tập là thông tin cá nhân.",
            "Biết nghĩ trước khi đăng bài, ảnh hay bình luận.",
        ],
        "body": [
            (
                "text",
                "<p>Nhóm chat của lớp, mạng xã hội, trò chơi trực tuyến giúp em kết nối, học hỏi và giải trí. Nhưng mỗi bài đăng, lượt thích, bình luận hay bức ảnh đều để lại một <b>dấu chân số</b>:</p>"
                "<ul><li><b>chủ động</b>: những gì em tự đăng, bình luận, chia sẻ;</li>"
                "<li><b>bị động</b>: dữ liệu ứng dụng tự ghi lại như vị trí, lịch sử tìm kiếm.</li></ul>"
                "<p>Dấu chân số có thể bị chụp màn hình, chia sẻ lại và tồn tại rất lâu, kể cả khi em đã xóa.</p>",
            ),
            (
                "activity",
                {
                    "title": "Theo dấu chân số của Minh",
                    "materials": "8 bài đăng giả định của Minh, học sinh lớp 7 (nhân vật hư cấu).",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên giới thiệu dấu chân số và hỏi: hôm qua em để lại những dấu vết gì trên mạng?",
                        },
                        {
                            "minutes": 10,
                            "instruction": "Nhóm đọc các bài đăng của Minh (ảnh đồng phục có tên trường, ảnh gắn vị trí nhà, bình luận chê bạn, ảnh giấy khen) và ghi lại: người lạ biết gì về Minh?",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Các nhóm chia sẻ; giáo viên ghi lên bảng những thông tin bị lộ và bài đăng Minh có thể hối hận sau này.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Đèn xanh, đèn vàng, đèn đỏ",
                    "materials": "Thẻ xanh, vàng, đỏ cho mỗi nhóm.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Quy ước: xanh là đăng được, vàng là cần nghĩ lại hoặc hỏi người lớn, đỏ là không đăng.",
                        },
                        {
                            "minutes": 7,
                            "instruction": "Giáo viên đọc từng tình huống (chụp màn hình tin nhắn riêng của bạn, video em hát ở sinh nhật, ảnh bạn ngủ gật trong lớp, bài thuyết trình của nhóm); các nhóm giơ thẻ và giải thích.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Bài đăng em tự hào",
                    "materials": "Giấy A5.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Mỗi em viết một bài đăng mẫu về sở thích hoặc một việc tốt mà năm năm nữa em vẫn vui khi đọc lại.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Đổi phiếu với bạn bên cạnh và kiểm tra: Có lộ thông tin cá nhân không? Có làm ai buồn không? Có ngại khi bố mẹ, thầy cô đọc không?",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao một bài đăng đã xóa vẫn có thể còn trên mạng?",
                        "Khi đăng ảnh có mặt bạn bè, em có cần hỏi ý các bạn không? Vì sao?",
                        "Nếu ai đó đăng ảnh của em mà em không muốn, em sẽ làm gì?",
                        "Dấu chân số có thể giúp ích cho em như thế nào?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi dấu chân số làm em lo lắng",
                    "text": "Nếu ảnh hoặc thông tin của em bị đăng mà em không đồng ý, hãy chụp màn hình làm bằng chứng và kể với bố mẹ, thầy cô hoặc cán bộ tư vấn học đường. Em có thể gọi Tổng đài 111 (miễn phí, 24/7) hoặc nhờ người lớn báo cáo trên vn-cop.vn.",
                },
            ),
        ],
        "teacher_notes": "<p>Dùng nhân vật hư cấu; không dùng ảnh hay tài khoản thật của học sinh, không yêu cầu các em mở mạng xã hội trong lớp. Dành 5 phút cuối cho thảo luận.</p>"
        "<p>Nếu một em kể ảnh hay thông tin của mình đang bị lan truyền: lắng nghe, không trách móc, không hứa giữ bí mật; báo ban giám hiệu và cán bộ tư vấn học đường, cho em và gia đình biết Tổng đài 111.</p>",
    },
    # 8
    {
        "slug": "bao-ve-thong-tin-ca-nhan",
        "title": "Bảo vệ thông tin cá nhân và cài đặt quyền riêng tư",
        "summary": "Bảo vệ thông tin cá nhân: học sinh nhận biết thông tin cần giữ kín và cách cài đặt quyền riêng tư cho tài khoản mạng xã hội, trò chơi.",
        "age_bands": ["thcs"],
        "topics": ["thong-tin-ca-nhan"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Kể được các loại thông tin cá nhân: tên, tuổi, hình ảnh, trường, lớp, kết quả học tập, bạn bè.",
            "Phân biệt thông tin công khai được, chỉ chia sẻ với bạn thân và phải giữ kín.",
            "Nắm các cài đặt quyền riêng tư cơ bản: ai xem, ai nhắn tin, vị trí, gắn thẻ.",
            "Biết cần làm gì khi thông tin bị lộ hoặc bị lợi dụng.",
        ],
        "body": [
            (
                "text",
                "<p><b>Bảo vệ thông tin cá nhân</b> là bảo vệ chính em. Kẻ xấu có thể ghép những mẩu nhỏ như tên trường, ảnh, giờ tan học để biết em ở đâu hoặc giả làm người quen.</p>"
                "<p>Trong phần cài đặt quyền riêng tư của mạng xã hội và trò chơi, em nên:</p>"
                "<ul><li>để tài khoản ở chế độ riêng tư, chỉ người em thật sự quen mới xem được;</li>"
                "<li>tắt chia sẻ vị trí;</li>"
                "<li>chọn ai được nhắn tin, gắn thẻ em;</li>"
                "<li>không dùng họ tên đầy đủ làm tên nhân vật trong trò chơi.</li></ul>",
            ),
            (
                "activity",
                {
                    "title": "Ba chiếc hộp thông tin",
                    "materials": "Thẻ ghi thông tin (số điện thoại, địa chỉ nhà, món ăn yêu thích, tên trường, ảnh mặc đồng phục, mật khẩu, điểm kiểm tra); ba cột trên bảng.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên giới thiệu ba cột: “Công khai được”, “Chỉ bạn thân”, “Giữ kín”.",
                        },
                        {
                            "minutes": 9,
                            "instruction": "Nhóm xếp thẻ vào các cột và giải thích ít nhất hai lựa chọn.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Cả lớp so sánh; giáo viên nhấn mạnh mật khẩu, địa chỉ nhà, số điện thoại luôn phải giữ kín.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Thám tử ghép mảnh",
                    "materials": "Ba bài đăng giả định của Lan (nhân vật hư cấu).",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": "Nhóm xem ba bài đăng tưởng như vô hại: ảnh cổng trường, bánh sinh nhật ghi tuổi, bình luận “mai tan học tớ đợi ở quán chè đầu ngõ”.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Nhóm ghép các mảnh lại: người lạ biết gì về Lan? Lan nên sửa bài đăng hoặc cài đặt nào?",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Khóa an toàn cho tài khoản",
                    "materials": "Giấy A3, bút màu; máy chiếu (nếu có).",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên trình chiếu hoặc vẽ các mục cài đặt thường gặp: ai xem bài, ai nhắn tin, vị trí, gắn thẻ, quyền truy cập của ứng dụng.",
                        },
                        {
                            "minutes": 10,
                            "instruction": "Mỗi nhóm làm tờ hướng dẫn 5 bước “Khóa an toàn cho tài khoản” bằng lời của mình, dán ở lớp và mang về làm cùng bố mẹ.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao tên trường hay giờ tan học lại có thể gây nguy hiểm?",
                        "Một trò chơi đòi truy cập danh bạ, vị trí và ảnh của em: em nên làm gì?",
                        "Người mới quen trên mạng hỏi địa chỉ nhà, em sẽ trả lời thế nào?",
                        "Em có thể giúp ông bà, bố mẹ giữ thông tin riêng tư ra sao?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi thông tin của em bị lộ",
                    "text": "Nếu ai đó lập tài khoản giả bằng ảnh của em, đăng thông tin của em hoặc đe dọa em, hãy lưu bằng chứng, báo cáo tài khoản đó và kể ngay với bố mẹ, thầy cô hoặc cán bộ tư vấn học đường. Gọi Tổng đài 111 (miễn phí, 24/7) hoặc báo cáo trên vn-cop.vn.",
                },
            ),
        ],
        "teacher_notes": "<p>Không yêu cầu học sinh đăng nhập tài khoản thật; dùng hình vẽ hoặc tài khoản minh họa. Giao diện cài đặt hay thay đổi, nên dạy theo ý (ai xem, ai nhắn, vị trí) thay vì từng nút bấm. Dành 5 phút cuối cho thảo luận.</p>"
        "<p>Nếu học sinh kể bị giả mạo tài khoản hoặc bị đe dọa: lắng nghe, không hứa giữ bí mật, báo ban giám hiệu và cán bộ tư vấn học đường, hướng dẫn gia đình gọi 111.</p>",
    },
    # 9
    {
        "slug": "bat-nat-tren-mang",
        "title": "Bắt nạt trên mạng: người chứng kiến, người bị hại và việc cần làm",
        "summary": "Học sinh nhận biết bắt nạt trên mạng, thấu hiểu người bị hại và biết hành động an toàn khi bị bắt nạt hoặc khi chứng kiến.",
        "age_bands": ["thcs"],
        "topics": ["nhan-biet-xam-hai", "tim-tro-giup"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Nhận biết các hình thức bắt nạt trên mạng: ảnh chế, bêu riếu, cô lập, đe dọa.",
            "Hiểu tác hại của bắt nạt đối với cảm xúc và việc học của người bị hại.",
            "Biết các bước khi bị bắt nạt: không đáp trả, lưu bằng chứng, chặn, báo cáo, kể với người lớn.",
            "Biết hành động an toàn khi là người chứng kiến.",
        ],
        "body": [
            (
                "text",
                "<p>Bắt nạt trên mạng là cố ý dùng tin nhắn, bình luận, ảnh hay video để làm người khác tổn thương, xấu hổ hoặc sợ hãi, thường lặp đi lặp lại. Nó xảy ra trong nhóm chat của lớp, trên mạng xã hội, trong trò chơi, và theo người bị hại về tận nhà.</p>"
                "<p>Ngoài người bắt nạt và người bị hại còn có <b>người chứng kiến</b>. Họ thường đông nhất và có thể làm thay đổi mọi chuyện.</p>",
            ),
            (
                "activity",
                {
                    "title": "Đùa vui hay bắt nạt?",
                    "materials": "Thẻ tình huống.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên phân biệt: đùa vui thì cả hai cùng cười; bắt nạt thì có người bị tổn thương mà không dừng lại được.",
                        },
                        {
                            "minutes": 9,
                            "instruction": "Nhóm đọc tình huống (ảnh chế một bạn bị gửi vào nhóm lớp; cả nhóm thoát phòng chơi mỗi khi một bạn vào; bình luận chê ngoại hình; hai bạn tranh luận về đội bóng) và quyết định: có phải bắt nạt không, vì sao?",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Nhập vai: chuyện của Hà",
                    "materials": "Kịch bản: Hà bị chụp lén lúc ngã trong giờ thể dục, ảnh bị chế kèm biệt danh và gửi vào nhóm lớp. Giấy nhớ.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên đọc kịch bản; mỗi em viết một từ tả cảm xúc của Hà lên giấy nhớ và dán lên bảng.",
                        },
                        {
                            "minutes": 10,
                            "instruction": "Nhóm diễn lại cảnh theo hai cách: người chứng kiến im lặng hoặc thả biểu tượng cười; người chứng kiến không chia sẻ, nhắn hỏi thăm Hà, báo thầy cô. Cả lớp so sánh hai kết quả.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Kế hoạch 5 bước",
                    "materials": "Giấy A4, bút màu.",
                    "steps": [
                        {
                            "minutes": 6,
                            "instruction": "Cả lớp xây dựng 5 bước: không đáp trả; chụp màn hình; chặn và báo cáo; kể với người lớn tin cậy; gọi 111 nếu cần.",
                        },
                        {
                            "minutes": 7,
                            "instruction": "Mỗi em viết một tin nhắn động viên Hà và một câu sẽ nói với thầy cô khi thấy bạn bị bắt nạt.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao nhiều người chứng kiến chọn im lặng?",
                        "Thả biểu tượng cười hay chia sẻ ảnh chế có phải là tham gia bắt nạt không?",
                        "Nếu người bắt nạt là bạn thân của em, em sẽ làm gì?",
                        "Nhóm chat lớp mình cần quy tắc nào để ai cũng thấy an toàn?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Em không có lỗi và không phải chịu đựng một mình",
                    "text": "Nếu em bị bắt nạt hoặc thấy bạn bị bắt nạt, hãy lưu bằng chứng và kể với bố mẹ, thầy cô chủ nhiệm hoặc cán bộ tư vấn học đường. Gọi Tổng đài 111 bất cứ lúc nào, miễn phí, 24/7. Nếu ảnh, video xúc phạm em bị lan truyền, người lớn có thể giúp em báo cáo trên vn-cop.vn.",
                },
            ),
        ],
        "teacher_notes": "<p>Chủ đề có thể chạm đến chuyện thật trong lớp. Dùng nhân vật hư cấu, không để học sinh nêu tên bạn, không bắt em nào đóng vai người bị hại. Cho các em biết có thể gặp riêng giáo viên sau giờ học. Dành 5 phút cuối cho thảo luận.</p>"
        "<p>Khi có em kể bị bắt nạt: lắng nghe, cảm ơn em đã tin tưởng, không đổ lỗi, không hứa giữ bí mật; báo ban giám hiệu và cán bộ tư vấn học đường để phối hợp với gia đình, cho em biết Tổng đài 111.</p>",
    },
    # 10
    {
        "slug": "du-do-va-lua-dao",
        "title": "Nhận biết dụ dỗ và lừa đảo trên mạng",
        "summary": "Học sinh nhận biết dấu hiệu dụ dỗ, các chiêu lừa đảo thường gặp trên mạng và biết phản ứng an toàn.",
        "age_bands": ["thcs"],
        "topics": ["nhan-biet-xam-hai"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Nhận biết dấu hiệu dụ dỗ: khen quá mức, tặng quà, đòi giữ bí mật, xin ảnh, hẹn gặp.",
            "Nhận biết chiêu lừa đảo: trúng thưởng, quà trong trò chơi, nhờ nạp thẻ, giả người quen vay tiền.",
            "Nhớ quy tắc: không gửi ảnh, không chuyển tiền, không đưa mã, không đi gặp một mình.",
            "Biết kể với người lớn tin cậy và gọi 111.",
        ],
        "body": [
            (
                "text",
                "<p>Trên mạng, không phải ai cũng đúng là người họ nói. Một “bạn cùng tuổi” trong trò chơi có thể là người lớn đang <b>dụ dỗ</b>: làm quen, tạo lòng tin rồi đòi những điều không an toàn. Kẻ <b>lừa đảo</b> nhắm vào tiền, thẻ nạp, tài khoản của em và gia đình.</p>"
                "<p>Dấu hiệu cảnh báo:</p>"
                "<ul><li>tặng quà, vật phẩm trò chơi, khen ngợi vô cớ;</li>"
                "<li>dặn “đừng kể với bố mẹ”;</li>"
                "<li>rủ nói chuyện riêng, xin ảnh, hẹn gặp;</li>"
                "<li>thúc giục “làm ngay kẻo mất”;</li>"
                "<li>đòi mật khẩu, mã xác nhận (OTP) hoặc nhờ mua thẻ cào.</li></ul>",
            ),
            (
                "activity",
                {
                    "title": "Tìm cờ đỏ trong đoạn chat",
                    "materials": "Hai đoạn chat giả định: “anh game thủ” tặng đồ cho Nam rồi rủ nói chuyện riêng, hẹn gặp; tin “Chúc mừng bạn trúng thưởng” đòi nhập mật khẩu.",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": "Giáo viên giải thích “cờ đỏ” là dấu hiệu cảnh báo.",
                        },
                        {
                            "minutes": 10,
                            "instruction": "Nhóm gạch chân mọi cờ đỏ trong hai đoạn chat và ghi bên cạnh: người này muốn gì?",
                        },
                        {
                            "minutes": 4,
                            "instruction": "Các nhóm báo cáo; giáo viên tổng hợp lên bảng hai cột “Dụ dỗ” và “Lừa đảo”.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Thật hay bẫy?",
                    "materials": "8 thẻ tin nhắn ngắn.",
                    "steps": [
                        {
                            "minutes": 6,
                            "instruction": "Giáo viên đọc từng tin (bạn cùng lớp hỏi bài; người lạ nhờ nạp thẻ hộ, hứa trả gấp đôi; “mẹ bạn đang cấp cứu, chuyển tiền ngay”; người lạ xin ảnh mặc đồ bơi). Học sinh chọn “Thật” hay “Bẫy” và giải thích.",
                        },
                        {
                            "minutes": 4,
                            "instruction": "Giáo viên chốt: người thân, nhà trường hay nhà mạng thật không bao giờ đòi mã, mật khẩu hay ảnh riêng tư qua tin nhắn.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Câu trả lời an toàn",
                    "materials": "Giấy nhớ.",
                    "steps": [
                        {
                            "minutes": 7,
                            "instruction": "Theo cặp, học sinh luyện câu từ chối (“Mình không gửi ảnh.”, “Mình hỏi bố mẹ đã.”) và các bước: dừng trò chuyện, chụp màn hình, chặn, báo cáo, kể với người lớn.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Mỗi em ghi tên hai người lớn tin cậy mà em có thể kể khi gặp chuyện trên mạng.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao kẻ dụ dỗ hay dặn em giữ bí mật?",
                        "Nếu lỡ gửi ảnh hoặc chuyển tiền, em có nên kể với người lớn không?",
                        "Làm sao biết tin nhắn “người quen cần vay tiền gấp” là thật hay giả?",
                        "Em sẽ khuyên bạn thế nào nếu bạn định đi gặp người quen qua trò chơi?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Kể ngay, em sẽ được giúp",
                    "text": "Nếu ai đó xin ảnh, hẹn gặp, đe dọa hoặc lừa em mất tiền, hãy dừng lại, giữ tin nhắn làm bằng chứng và kể ngay với bố mẹ, thầy cô hoặc cán bộ tư vấn học đường. Dù đã lỡ làm theo, em vẫn không có lỗi. Gọi Tổng đài 111 (miễn phí, 24/7) hoặc báo cáo trên vn-cop.vn; nếu nguy hiểm ngay lúc đó, gọi 113.",
                },
            ),
        ],
        "teacher_notes": "<p>Dùng đoạn chat hư cấu, không nêu tên trò chơi hay ứng dụng. Nói về dụ dỗ vừa sức lứa tuổi: tập trung vào dấu hiệu và cách phản ứng, không mô tả chi tiết hành vi xâm hại. Nhắc nhiều lần: trẻ bị dụ dỗ, bị lừa không có lỗi. Dành 5 phút cuối cho thảo luận.</p>"
        "<p>Nếu học sinh kể đã gửi ảnh, bị đe dọa hoặc sắp gặp người lạ: lắng nghe bình tĩnh, không trách mắng, không hứa giữ bí mật; báo ngay ban giám hiệu, cán bộ tư vấn học đường và gọi 111; nếu nguy hiểm tức thời, gọi 113.</p>",
    },
    # 11
    {
        "slug": "mat-khau-manh-hai-buoc",
        "title": "Mật khẩu mạnh và đăng nhập hai bước",
        "summary": "Học sinh biết tạo mật khẩu mạnh bằng cụm từ dễ nhớ, giữ kín mật khẩu và bật đăng nhập hai bước cho tài khoản của mình.",
        "age_bands": ["thcs"],
        "topics": ["mat-khau-tai-khoan"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Nêu được đặc điểm của mật khẩu mạnh: dài, khó đoán, không dùng lại.",
            "Tạo được một cụm mật khẩu dễ nhớ, khó đoán.",
            "Giải thích được đăng nhập hai bước; biết không bao giờ đưa mã xác nhận cho ai.",
            "Biết cần làm gì khi nghi tài khoản bị chiếm.",
        ],
        "body": [
            (
                "text",
                "<p>Tài khoản học tập, mạng xã hội hay trò chơi chứa thông tin, ảnh và tin nhắn của em. Kẻ chiếm được có thể giả danh em để lừa bạn bè hoặc đăng nội dung xấu.</p>"
                "<ul><li><b>Mật khẩu mạnh</b>: ít nhất 12 ký tự, tốt nhất là một cụm từ; không dùng ngày sinh, tên, số điện thoại.</li>"
                "<li><b>Mỗi tài khoản một mật khẩu</b>, không chia sẻ kể cả với bạn thân.</li>"
                "<li><b>Đăng nhập hai bước</b>: cần thêm mã gửi về điện thoại. Không bao giờ đọc mã này cho ai.</li></ul>",
            ),
            (
                "activity",
                {
                    "title": "Mạnh hay yếu?",
                    "materials": "Tám mật khẩu mẫu trên bảng, ví dụ: 123456, minh2012, matkhau, Meo-Vang-An-Ca-Luc-7h!",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên hỏi: kẻ xấu đoán mật khẩu bằng cách nào? (ngày sinh, tên thú cưng, dãy số dễ).",
                        },
                        {
                            "minutes": 7,
                            "instruction": "Nhóm xếp các mật khẩu mẫu từ yếu đến mạnh và nêu tiêu chí đã dùng.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Xưởng cụm mật khẩu",
                    "materials": "Giấy nháp.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên hướng dẫn: ghép 4–5 từ ngẫu nhiên hoặc một câu chỉ mình nhớ, thêm số và ký hiệu.",
                        },
                        {
                            "minutes": 7,
                            "instruction": "Mỗi em tạo một cụm mật khẩu luyện tập (không dùng cho tài khoản thật), đổi với bạn để chấm: dài, khó đoán, dễ nhớ.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Cả lớp xé bỏ giấy nháp. Giáo viên nhắc: mật khẩu thật chỉ em biết; có thể cùng bố mẹ ghi lại và cất kỹ.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Hai ổ khóa cho một cánh cửa",
                    "materials": "Hình vẽ cánh cửa có hai ổ khóa.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên giải thích: mật khẩu là chìa khóa thứ nhất, mã gửi về điện thoại là chìa khóa thứ hai.",
                        },
                        {
                            "minutes": 7,
                            "instruction": "Tình huống: “quản trị viên trò chơi” nhắn “Tài khoản bạn sắp bị khóa, gửi mã 6 số để xác minh”. Nhóm bàn cách xử lý và liệt kê việc cần làm khi nghi bị chiếm tài khoản: đổi mật khẩu, đăng xuất khỏi mọi thiết bị, báo bạn bè và người lớn.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Việc về nhà: cùng bố mẹ bật đăng nhập hai bước cho một tài khoản của em.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao không nên dùng một mật khẩu cho mọi tài khoản?",
                        "Bạn thân xin mật khẩu để “chơi hộ”, em sẽ trả lời thế nào?",
                        "Vì sao người đáng tin không bao giờ hỏi mã xác nhận của em?",
                        "Khi dùng máy tính ở phòng tin học, em cần nhớ điều gì?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi tài khoản gặp sự cố",
                    "text": "Thấy đăng nhập lạ, bị đổi mật khẩu hay tài khoản bị dùng để lừa bạn bè, hãy báo ngay với bố mẹ hoặc thầy cô. Nếu kẻ chiếm tài khoản đe dọa, đòi tiền hoặc đòi ảnh, đừng làm theo: hãy kể với người lớn tin cậy, cán bộ tư vấn học đường, gọi Tổng đài 111 (miễn phí, 24/7) hoặc báo cáo trên vn-cop.vn.",
                },
            ),
        ],
        "teacher_notes": "<p>Nhắc học sinh không viết mật khẩu thật trong giờ học; chỉ dùng mật khẩu luyện tập và xé bỏ giấy nháp. Dạy nguyên tắc, không giới thiệu dịch vụ cụ thể. Dành 5 phút cuối cho thảo luận.</p>"
        "<p>Nếu học sinh kể bị chiếm tài khoản và đang bị đe dọa, tống tiền: lắng nghe, không hứa giữ bí mật, báo ban giám hiệu và cán bộ tư vấn học đường, liên hệ gia đình và hướng dẫn gọi 111.</p>",
    },
    # 12
    {
        "slug": "tin-gia-kiem-chung",
        "title": "Tin giả: kiểm chứng trước khi chia sẻ",
        "summary": "Học sinh nhận biết dấu hiệu tin giả, luyện kiểm chứng trước khi chia sẻ và biết chọn nguồn tin, ứng dụng học tập đáng tin cậy.",
        "age_bands": ["thcs"],
        "topics": ["tin-gia", "ung-dung-hoc-tap"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Nhận biết dấu hiệu tin giả: giật gân, không rõ nguồn, ảnh cũ hoặc cắt ghép, giục “chia sẻ ngay”.",
            "Thực hành kiểm chứng: xem nguồn, ngày đăng, so sánh nhiều nguồn, hỏi thầy cô.",
            "Chọn được nguồn tin và ứng dụng học tập có nguồn gốc rõ ràng, được thầy cô giới thiệu.",
            "Có thói quen dừng lại suy nghĩ trước khi chia sẻ.",
        ],
        "body": [
            (
                "text",
                "<p>“Mai toàn trường được nghỉ học!”, “Uống nước này khỏi bệnh sau 3 ngày!”… Tin như vậy lan rất nhanh trong nhóm chat của lớp. Tin giả có thể làm người khác hoảng sợ, bị xúc phạm hoặc mất tiền; người chia sẻ, dù vô tình, cũng góp phần lan truyền.</p>"
                "<p>Trước khi chia sẻ, hãy tự hỏi <b>4 câu</b>:</p>"
                "<ol><li>Ai đăng? Nguồn có rõ ràng không?</li>"
                "<li>Đăng khi nào? Có phải tin cũ?</li>"
                "<li>Nguồn chính thống khác có đưa tin này không?</li>"
                "<li>Tin có đang khiến em sợ, giận hay vội chia sẻ không?</li></ol>",
            ),
            (
                "activity",
                {
                    "title": "Thám tử tin tức",
                    "materials": "6 bản tin giả định, thật giả lẫn lộn (thông báo nghỉ học không có dấu của trường, ảnh lũ lụt cũ bị đăng lại, thông báo trên trang chính thức của trường…).",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên giới thiệu 4 câu hỏi qua một ví dụ.",
                        },
                        {
                            "minutes": 10,
                            "instruction": "Nhóm dùng 4 câu hỏi để xếp từng bản tin vào “Đáng tin”, “Cần kiểm tra thêm” hoặc “Tin giả”, có ghi lý do.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Các nhóm trình bày; giáo viên chỉ ra những dấu hiệu còn bị bỏ sót.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Tin đồn biến dạng",
                    "materials": "Một câu thông báo viết sẵn.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Cả lớp truyền tin thì thầm qua 8–10 bạn, rồi so câu cuối với câu đầu.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên liên hệ: trên mạng, tin bị bóp méo còn nhanh hơn; một lần bấm chia sẻ có thể đến hàng trăm người.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Nguồn tin đáng tin cậy",
                    "materials": "Giấy A3, bút màu.",
                    "steps": [
                        {
                            "minutes": 7,
                            "instruction": "Nhóm lập danh sách nơi kiểm tra thông tin (trang chính thức của trường, cơ quan nhà nước, báo chí chính thống, thầy cô, thư viện) và tiêu chí chọn ứng dụng học tập: nguồn gốc rõ ràng, được thầy cô giới thiệu, không đòi thông tin cá nhân thừa, không có quảng cáo dụ bấm.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Mỗi nhóm viết một “lời hứa chia sẻ có trách nhiệm” để ghim trong nhóm chat lớp.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao tin giả thường lan nhanh hơn tin thật?",
                        "Bạn chia sẻ tin giả vào nhóm lớp, em góp ý thế nào để bạn không xấu hổ?",
                        "Một ứng dụng “giải bài siêu tốc” đòi số điện thoại của bố mẹ: em cần cân nhắc gì?",
                        "Khi không chắc tin là thật hay giả, em có thể hỏi ai?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi tin giả nhằm vào em hoặc bạn bè",
                    "text": "Nếu có tin đồn, ảnh cắt ghép nhằm vào em hoặc bạn bè, đừng chia sẻ hay bình luận thêm. Hãy chụp màn hình, báo cáo bài đăng và kể với bố mẹ, thầy cô hoặc cán bộ tư vấn học đường. Gọi Tổng đài 111 (miễn phí, 24/7), hoặc báo cáo trên vn-cop.vn nếu nội dung xúc phạm, đe dọa trẻ em.",
                },
            ),
        ],
        "teacher_notes": "<p>Chọn bản tin giả định gần gũi với học sinh; tránh chính trị, tôn giáo hay tin gây hoảng sợ đang lan truyền thật. Có thể giới thiệu nguồn chính thống và ứng dụng học tập nhà trường đang dùng. Dành 5 phút cuối cho thảo luận.</p>"
        "<p>Nếu học sinh là nạn nhân của tin đồn hoặc ảnh cắt ghép: nói chuyện riêng, lắng nghe, không hứa giữ bí mật, báo ban giám hiệu và cán bộ tư vấn học đường, cho em biết Tổng đài 111.</p>",
    },
]
