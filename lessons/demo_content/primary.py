"""Demo lessons for primary school (Tiểu học, 6–10 tuổi) and out-of-school children."""

LESSONS = [
    {
        "slug": "internet-la-gi",
        "title": "Internet là gì? Lên mạng cùng người lớn",
        "summary": "Em tìm hiểu Internet là gì, những điều có ích trên mạng và vì sao nên lên mạng cùng bố mẹ, thầy cô hoặc người lớn em tin.",
        "age_bands": ["tieu-hoc"],
        "topics": ["internet-mang-xa-hoi"],
        "audience": "students",
        "duration": 35,
        "objectives": [
            "Nói được Internet là mạng lưới nối máy tính, điện thoại trên khắp thế giới.",
            "Kể được một vài việc có ích em làm trên mạng: học bài, nghe nhạc thiếu nhi, gọi video cho ông bà.",
            "Biết rằng trên mạng có những điều không dành cho trẻ em.",
            "Nhớ quy tắc: lên mạng cùng người lớn và kể ngay khi thấy điều lạ.",
        ],
        "body": [
            (
                "text",
                "<p>Internet giống như một tấm lưới khổng lồ nối hàng tỉ máy tính và điện thoại trên khắp thế giới. Nhờ Internet, em có thể gọi video cho ông bà ở quê, nghe bài hát thiếu nhi hay xem loài khủng long trông thế nào.</p>"
                "<p>Internet cũng giống một thành phố rất lớn. Có nhiều nơi vui, nhưng cũng có nơi không dành cho trẻ em. Vì vậy, em <b>lên mạng cùng người lớn</b>, giống như khi em ra phố cùng bố mẹ.</p>",
            ),
            (
                "activity",
                {
                    "title": "Trò chơi mạng nhện",
                    "materials": "Một cuộn len.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Cả lớp đứng thành vòng tròn. Giáo viên cầm đầu sợi len, nói một việc mình làm trên mạng rồi tung cuộn len cho một em.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Em nhận cuộn len giữ lấy sợi len, nói một việc em làm trên mạng rồi tung tiếp cho bạn khác.",
                        },
                        {
                            "minutes": 2,
                            "instruction": "Cả lớp nhìn tấm lưới vừa tạo ra. Giáo viên giải thích: Internet cũng nối mọi người với nhau như thế.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Đèn xanh, đèn đỏ",
                    "materials": "Mỗi em một thẻ xanh và một thẻ đỏ.",
                    "steps": [
                        {
                            "minutes": 2,
                            "instruction": "Giáo viên giải thích: thẻ xanh là “an toàn”, thẻ đỏ là “dừng lại, hỏi người lớn”.",
                        },
                        {
                            "minutes": 8,
                            "instruction": "Giáo viên đọc từng tình huống, học sinh giơ thẻ rồi nói vì sao: xem phim hoạt hình cùng mẹ; quảng cáo hiện lên “Bấm vào đây để nhận quà”; gọi video cho bà cùng bố; một hình ảnh làm em sợ hiện ra.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Tranh quy tắc lên mạng của em",
                    "materials": "Giấy A4, bút màu.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Cả lớp cùng nhắc ba quy tắc: lên mạng cùng người lớn; hỏi trước khi bấm hay tải gì; thấy điều lạ thì tắt màn hình và kể ngay.",
                        },
                        {
                            "minutes": 7,
                            "instruction": "Mỗi em vẽ một bức tranh về một quy tắc, mang về nhà dán cạnh máy tính hoặc kể cho bố mẹ nghe.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Em thích làm gì nhất khi lên mạng?",
                        "Ở nhà, ai thường lên mạng cùng em?",
                        "Vì sao không nên tự bấm vào quảng cáo tặng quà?",
                        "Nếu thấy một hình ảnh làm em sợ, em sẽ làm gì?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Thấy điều lạ, kể ngay",
                    "text": "Nếu trên mạng có điều làm em sợ, buồn hay thấy lạ, hãy tắt màn hình và kể với bố mẹ, thầy cô hoặc người lớn em tin. Em cũng có thể gọi Tổng đài 111: miễn phí, nghe máy 24/7, cả ngày lẫn đêm.",
                },
            ),
        ],
        "teacher_notes": "<p>Chuẩn bị cuộn len, thẻ xanh đỏ (có thể thay bằng ngón cái giơ lên hoặc chúc xuống), giấy và bút màu. Có em dùng điện thoại nhiều, có em chưa có thiết bị: tránh so sánh, không yêu cầu kể chi tiết những gì đã xem.</p>"
        "<p>Nếu một em kể đã gặp điều đáng lo trên mạng: bình tĩnh lắng nghe, khen em đã dám kể, không hứa giữ bí mật. Báo ngay cho Ban giám hiệu hoặc cán bộ tư vấn học đường; khi cần, gọi Tổng đài 111.</p>",
    },
    {
        "slug": "mat-khau-la-bi-mat",
        "title": "Mật khẩu là bí mật",
        "summary": "Mật khẩu giống chiếc chìa khóa nhà. Đừng chia sẻ mật khẩu với bạn bè hay người lạ; chỉ em và bố mẹ hoặc người chăm sóc em được biết.",
        "age_bands": ["tieu-hoc"],
        "topics": ["mat-khau-tai-khoan"],
        "audience": "students",
        "duration": 35,
        "objectives": [
            "Hiểu mật khẩu là chìa khóa bảo vệ tài khoản, trò chơi và thiết bị của em.",
            "Biết chỉ em và bố mẹ hoặc người chăm sóc em được biết mật khẩu.",
            "Cùng người lớn tạo được mật khẩu khó đoán mà dễ nhớ.",
            "Biết từ chối và kể với người lớn khi có người xin mật khẩu.",
        ],
        "body": [
            (
                "text",
                "<h2>Đừng chia sẻ mật khẩu</h2>"
                "<p>Em không đưa chìa khóa nhà cho người lạ, đúng không? Mật khẩu cũng là một chiếc chìa khóa. Nó mở tài khoản học tập, trò chơi và điện thoại của em.</p>"
                "<p>Ai biết mật khẩu sẽ vào được tài khoản, có thể xóa bài của em hay nhắn tin giả làm em. Vì thế, mật khẩu chỉ em và bố mẹ được biết, kể cả bạn thân cũng không.</p>",
            ),
            (
                "activity",
                {
                    "title": "Chiếc hộp có khóa",
                    "materials": "Một hộp nhỏ có khóa số (hoặc hộp giấy dán mã số), vài nhãn vở làm quà.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên nói nhỏ mã số cho một em giữ hộp. Em đó lỡ kể mã cho bạn bên cạnh.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Bạn bên cạnh mở hộp lấy quà. Cả lớp trả lời: chủ hộp thấy thế nào? Lẽ ra em ấy nên làm gì?",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Mật khẩu mạnh hay yếu?",
                    "materials": "Bảng và phấn.",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": "Giáo viên viết lên bảng: 123456, tên và năm sinh của em, ConMeoAn3ConCa! Học sinh giơ tay chọn mật khẩu nào khó đoán nhất và nói vì sao.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Nhóm bốn em nghĩ một câu vui rồi biến thành mật khẩu mẫu. Nhắc: đây chỉ là mật khẩu tập, không dùng mật khẩu thật.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Ai xin mật khẩu?",
                    "materials": "Thẻ ghi tình huống.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Chia cặp, mỗi cặp nhận một tình huống: bạn cùng lớp xin mật khẩu để chơi giúp lên cấp; tin nhắn báo trúng thưởng, đòi mật khẩu để nhận quà; mẹ hỏi mật khẩu để kiểm tra tài khoản học tập.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Các cặp đóng vai. Với bạn bè và người lạ, tập nói: “Mật khẩu là bí mật, tớ không cho được.” Với mẹ: được nói, vì mẹ là người chăm sóc em.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Hai, ba cặp diễn trước lớp. Cả lớp nhắc lại: Đừng chia sẻ mật khẩu.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao mật khẩu giống chiếc chìa khóa?",
                        "Ai được biết mật khẩu của em?",
                        "Nếu bạn thân hỏi mật khẩu, em sẽ nói gì?",
                        "Nếu lỡ để người khác biết mật khẩu, em làm gì?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Lỡ để lộ mật khẩu? Báo ngay",
                    "text": "Nếu ai đó biết mật khẩu của em, hoặc có người đòi mật khẩu và dọa nạt em, hãy kể ngay với bố mẹ hoặc thầy cô để đổi mật khẩu. Kể ra không phải là lỗi. Em cũng có thể gọi Tổng đài 111: miễn phí, 24/7.",
                },
            ),
        ],
        "teacher_notes": "<p>Không dùng mật khẩu thật của ai trong giờ học và dặn học sinh không viết mật khẩu thật ra giấy. Với lớp 1–2, giáo viên viết giúp mật khẩu mẫu. Nhấn mạnh: nói mật khẩu với bố mẹ là đúng, không phải “phá bí mật”.</p>"
        "<p>Nếu một em kể bị ép đưa mật khẩu, bị chiếm tài khoản hay bị dọa nạt: lắng nghe, không trách, không hứa giữ bí mật. Báo phụ huynh và Ban giám hiệu hoặc cán bộ tư vấn học đường; khi cần, gọi Tổng đài 111.</p>",
    },
    {
        "slug": "thong-tin-rieng-tu-cua-em",
        "title": "Thông tin riêng tư của em",
        "summary": "Họ tên đầy đủ, địa chỉ nhà, tên trường, lớp và ảnh của em là thông tin riêng tư. Em học cách giữ kín và hỏi người lớn trước khi chia sẻ lên mạng.",
        "age_bands": ["tieu-hoc"],
        "topics": ["thong-tin-ca-nhan"],
        "audience": "students",
        "duration": 35,
        "objectives": [
            "Kể được các thông tin riêng tư: họ tên đầy đủ, tuổi, địa chỉ nhà, số điện thoại, trường, lớp, ảnh của em.",
            "Phân biệt được điều có thể kể và điều cần giữ kín trên mạng.",
            "Biết hỏi bố mẹ trước khi đăng ảnh hay gửi thông tin.",
            "Biết tôn trọng ảnh và thông tin của bạn bè.",
        ],
        "body": [
            (
                "text",
                "<p>Mỗi em có những thông tin riêng: họ tên đầy đủ, ngày sinh, địa chỉ nhà, số điện thoại của bố mẹ, tên trường, tên lớp và những bức ảnh của em. Pháp luật Việt Nam gọi đó là thông tin cá nhân của trẻ em và yêu cầu phải bảo vệ.</p>"
                "<p>Người lạ có thể đọc được những gì em đăng lên mạng. Biết em học trường nào, nhà ở đâu, họ có thể tìm đến em. Vì vậy: <b>thông tin riêng tư thì giữ kín, muốn chia sẻ thì hỏi người lớn trước</b>.</p>",
            ),
            (
                "activity",
                {
                    "title": "Hộp “Giữ kín” và hộp “Có thể kể”",
                    "materials": "Hai hộp giấy; thẻ ghi: màu em thích, địa chỉ nhà, con vật em yêu, tên trường và lớp, số điện thoại của mẹ, món ăn em thích, ảnh em mặc đồng phục trước cổng trường, họ tên đầy đủ.",
                    "steps": [
                        {
                            "minutes": 2,
                            "instruction": "Giáo viên giới thiệu hai hộp và đọc mẫu một thẻ.",
                        },
                        {
                            "minutes": 8,
                            "instruction": "Từng nhóm bốc thẻ, bàn nhau rồi bỏ vào một hộp và nói vì sao. Cả lớp góp ý.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Thám tử bức ảnh",
                    "materials": "Tranh vẽ (không dùng ảnh thật): bạn nhỏ mặc áo có tên trường, đứng trước cổng nhà có số nhà và biển tên đường.",
                    "steps": [
                        {
                            "minutes": 2,
                            "instruction": "Cả lớp quan sát bức tranh.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Các nhóm khoanh tròn những chi tiết làm lộ thông tin: tên trường, số nhà, tên đường.",
                        },
                        {
                            "minutes": 2,
                            "instruction": "Các nhóm chia sẻ. Giáo viên kết luận: trước khi đăng ảnh, hãy hỏi bố mẹ và xem ảnh có lộ gì không.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Hỏi trước khi chia sẻ",
                    "materials": "",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên làm mẫu hai câu: “Con hỏi mẹ đã nhé.” và “Cái này tớ không nói được.”",
                        },
                        {
                            "minutes": 7,
                            "instruction": "Từng cặp đóng vai: em muốn đăng ảnh có bạn mình; một người lạ trong trò chơi hỏi “Em học trường nào?”.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Thông tin nào của em cần giữ kín?",
                        "Vì sao không nên đăng ảnh mặc đồng phục có tên trường?",
                        "Trước khi đăng ảnh có bạn, em cần làm gì?",
                        "Nếu người lạ hỏi địa chỉ nhà, em trả lời thế nào?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Lỡ chia sẻ rồi cũng đừng sợ",
                    "text": "Nếu em lỡ gửi thông tin hay ảnh cho người lạ, hoặc ai đó dùng ảnh của em khiến em buồn, hãy kể ngay với bố mẹ, thầy cô hoặc người lớn em tin. Người lớn sẽ giúp em xóa hoặc báo cáo. Em cũng có thể gọi Tổng đài 111: miễn phí, 24/7.",
                },
            ),
        ],
        "teacher_notes": "<p>Chuẩn bị thẻ và tranh vẽ trước; tuyệt đối không dùng ảnh thật của học sinh. Một số em sống xa bố mẹ hoặc với ông bà: nói “bố mẹ hoặc người chăm sóc em” để không em nào thấy lạc lõng.</p>"
        "<p>Nếu một em kể có người lạ đã biết địa chỉ, xin ảnh hay đăng ảnh em: lắng nghe, trấn an em không có lỗi, không hứa giữ bí mật. Báo Ban giám hiệu hoặc cán bộ tư vấn học đường và phụ huynh; khi cần, gọi Tổng đài 111.</p>",
    },
    {
        "slug": "nguoi-la-tren-mang",
        "title": "Người lạ trên mạng: khi nào kể với người lớn",
        "summary": "Người lạ trên mạng có thể nói dối về mình. Em học cách nhận ra dấu hiệu đáng lo và kể ngay với người lớn em tin hoặc gọi Tổng đài 111.",
        "age_bands": ["tieu-hoc"],
        "topics": ["nhan-biet-xam-hai", "tim-tro-giup"],
        "audience": "students",
        "duration": 35,
        "objectives": [
            "Hiểu rằng người lạ trên mạng có thể giả làm bạn cùng tuổi.",
            "Nhận ra dấu hiệu đáng lo: xin ảnh, hỏi địa chỉ, cho quà, bảo giữ bí mật, hẹn gặp.",
            "Nhớ ba bước: Dừng lại – Không trả lời – Kể ngay.",
            "Kể được tên những người lớn em tin và biết gọi Tổng đài 111.",
        ],
        "body": [
            (
                "text",
                "<p>Trên mạng, em không nhìn thấy người đang nhắn tin với mình. Một người tự nhận là “bạn 9 tuổi” có thể là người lớn. Nhiều người tử tế, nhưng cũng có người muốn lừa hoặc làm hại trẻ em.</p>"
                "<p>Hãy cảnh giác khi người lạ nói: “Gửi ảnh của em cho anh xem”, “Nhà em ở đâu?”, “Anh tặng em thẻ nạp game”, “Đừng kể với bố mẹ nhé”, “Mình gặp nhau đi”. Khi đó, em nhớ: <b>Dừng lại – Không trả lời – Kể ngay</b>.</p>",
            ),
            (
                "activity",
                {
                    "title": "Ai đang nhắn tin?",
                    "materials": "Một thẻ tin nhắn của “Bé Na, 9 tuổi”; mặt sau ghi “Người lớn không quen biết”.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên đọc tin nhắn thân thiện của “Bé Na” rồi lật thẻ.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Thảo luận cặp: Làm sao biết chắc người nhắn tin là ai? Kết luận: trên mạng, em không biết chắc được.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Còi báo động",
                    "materials": "",
                    "steps": [
                        {
                            "minutes": 2,
                            "instruction": "Giáo viên giải thích: nghe câu đáng lo thì cả lớp giơ hai tay và nói “Báo động!”.",
                        },
                        {
                            "minutes": 8,
                            "instruction": "Giáo viên đọc từng câu và hỏi vì sao: “Bài hát này hay quá!”; “Em học lớp mấy, trường nào?”; “Chuyện này là bí mật của hai đứa mình”; “Anh cho em kim cương trong game”; “Gửi anh vài tấm ảnh của em đi”; “Hôm nay cô giao bài tập gì?” (trong nhóm lớp).",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Bàn tay người lớn tin cậy",
                    "materials": "Giấy A4, bút màu.",
                    "steps": [
                        {
                            "minutes": 2,
                            "instruction": "Giáo viên giải thích: người lớn tin cậy là người em thấy an toàn khi ở cạnh, biết lắng nghe và giúp em.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Mỗi em vẽ bàn tay mình, mỗi ngón ghi tên một người lớn em tin, lòng bàn tay ghi số 111.",
                        },
                        {
                            "minutes": 4,
                            "instruction": "Từng cặp tập câu mở đầu: “Con muốn kể chuyện này, con thấy lo.”",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao người lạ trên mạng có thể nói dối về tuổi của mình?",
                        "Những câu nào là dấu hiệu báo động?",
                        "Nếu người lạ bảo “đừng kể với bố mẹ”, em sẽ làm gì?",
                        "Nếu đã lỡ trả lời hay gửi ảnh, em có còn được kể với người lớn không?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Kể ra không bao giờ là lỗi",
                    "text": "Nếu người lạ trên mạng làm em sợ, xin ảnh, hẹn gặp hay bảo giữ bí mật, hãy kể ngay với bố mẹ, thầy cô hoặc người lớn em tin, kể cả khi em đã lỡ trả lời. Em cũng có thể gọi Tổng đài 111: miễn phí, 24/7. Nếu đang gặp nguy hiểm, gọi 113.",
                },
            ),
        ],
        "teacher_notes": "<p>Giữ không khí nhẹ nhàng, không kể chuyện đáng sợ. Nhấn mạnh: người có lỗi là kẻ dụ dỗ, không bao giờ là trẻ. Với câu hỏi cuối, câu trả lời luôn là “Có”.</p>"
        "<p>Nếu một em kể đang bị người lạ nhắn tin, xin ảnh hay hẹn gặp: lắng nghe, tin em, không hứa giữ bí mật, không tự liên lạc với kẻ đó. Báo ngay Ban giám hiệu hoặc cán bộ tư vấn học đường, gọi Tổng đài 111; có thể gửi “Báo cáo xâm hại” trên vn-cop.vn; gọi 113 nếu trẻ đang gặp nguy hiểm.</p>",
    },
    {
        "slug": "man-hinh-vua-du",
        "title": "Thời gian màn hình vừa đủ",
        "summary": "Em biết dùng điện thoại, máy tính vừa đủ, cho mắt và cơ thể nghỉ ngơi, và cùng người lớn chọn ứng dụng học tập có ích.",
        "age_bands": ["tieu-hoc"],
        "topics": ["su-dung-lanh-manh", "ung-dung-hoc-tap"],
        "audience": "students",
        "duration": 35,
        "objectives": [
            "Nhận ra dấu hiệu dùng màn hình quá lâu: mỏi mắt, đau đầu, cáu kỉnh, khó ngủ.",
            "Biết thói quen tốt: ngồi xa màn hình, cho mắt nghỉ, tắt màn hình khi ăn và trước giờ ngủ.",
            "Cùng người lớn chọn ứng dụng học tập có nguồn gốc rõ ràng, được thầy cô giới thiệu.",
            "Lập được kế hoạch “Một ngày của em” có thời gian màn hình vừa đủ.",
        ],
        "body": [
            (
                "text",
                "<p>Xem hoạt hình, chơi trò chơi hay học tiếng Anh trên máy tính bảng đều vui. Nhưng nhìn màn hình quá lâu, em sẽ mỏi mắt, đau đầu, khó ngủ và ít thời gian chạy nhảy cùng bạn.</p>"
                "<p>“Vừa đủ” là dùng màn hình đúng lúc, đúng việc và dừng đúng giờ đã hẹn với bố mẹ. Ứng dụng học tập cũng nên chọn cùng người lớn: có nguồn gốc rõ ràng, được thầy cô giới thiệu, ít quảng cáo.</p>",
            ),
            (
                "activity",
                {
                    "title": "Cơ thể bạn Bin nói gì?",
                    "materials": "Tranh vẽ một bạn nhỏ.",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": "Giáo viên kể: Bin chơi điện thoại suốt buổi chiều, quên uống nước, quên ra sân. Tối đến, Bin thấy mệt.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Học sinh chỉ vào tranh chỗ Bin bị mệt: mắt, cổ, lưng, bụng.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Cả lớp tập nghỉ mắt: nhìn ra cửa sổ thật xa, chớp mắt mười lần, xoay cổ, vươn vai.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Một ngày của em",
                    "materials": "Tờ giấy chia bốn ô: sáng, trưa, chiều, tối; bút màu.",
                    "steps": [
                        {
                            "minutes": 2,
                            "instruction": "Giáo viên vẽ mẫu: đi học, ăn cơm, chơi ngoài trời, đọc truyện, ngủ.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Mỗi em vẽ một ngày của mình và tô màu vàng những lúc dùng màn hình.",
                        },
                        {
                            "minutes": 2,
                            "instruction": "Hai bạn so tranh: phần màu vàng có nhiều hơn lúc chơi ngoài trời không? Em muốn đổi gì?",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Chọn ứng dụng cùng người lớn",
                    "materials": "Ba thẻ mô tả ứng dụng (không ghi tên ứng dụng thật).",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giáo viên đọc ba thẻ: A – ứng dụng luyện đọc, cô giáo giới thiệu, không có quảng cáo; B – trò chơi nhiều quảng cáo, hay đòi nạp tiền mua kim cương; C – ứng dụng lạ đòi tên, địa chỉ và ảnh của em.",
                        },
                        {
                            "minutes": 5,
                            "instruction": "Các nhóm chọn ứng dụng nên dùng và nói vì sao không chọn hai ứng dụng kia.",
                        },
                        {
                            "minutes": 2,
                            "instruction": "Giáo viên kết luận: luôn hỏi người lớn trước khi tải ứng dụng hay nạp tiền.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Khi nhìn màn hình lâu, cơ thể em thấy thế nào?",
                        "Những lúc nào nên tắt màn hình?",
                        "Khi hết giờ mà phim chưa xong, em làm gì?",
                        "Ngoài màn hình, em thích chơi gì nhất?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi em thấy khó dừng lại",
                    "text": "Nếu em thấy khó dừng chơi, hoặc trong trò chơi, ứng dụng có ai đòi tiền, dọa nạt hay làm em buồn, hãy kể với bố mẹ, thầy cô hoặc người lớn em tin. Em cũng có thể gọi Tổng đài 111: miễn phí, 24/7.",
                },
            ),
        ],
        "teacher_notes": "<p>Có gia đình bận làm ăn nên cho con dùng điện thoại, có em chưa có thiết bị: không phê phán, không so sánh. Gợi ý các em mang tranh “Một ngày của em” về bàn với bố mẹ để cùng hẹn giờ dùng màn hình.</p>"
        "<p>Nếu một em kể bị người trong trò chơi đòi tiền, dọa nạt, hoặc có dấu hiệu mất ngủ, bỏ ăn vì màn hình: lắng nghe, không hứa giữ bí mật, báo phụ huynh và Ban giám hiệu hoặc cán bộ tư vấn học đường; khi cần, gọi Tổng đài 111.</p>",
    },
    {
        "slug": "an-toan-tren-mang-co-ban",
        "title": "Những điều cốt lõi để an toàn trên mạng",
        "summary": "Buổi sinh hoạt 60 phút cho trẻ ngoài nhà trường và ở cơ sở chăm sóc: giữ kín thông tin cá nhân, bảo vệ mật khẩu, nhận ra lời dụ dỗ, biết tìm trợ giúp.",
        "age_bands": ["ngoai-nha-truong"],
        "topics": ["thong-tin-ca-nhan", "mat-khau-tai-khoan", "tim-tro-giup"],
        "audience": "students",
        "duration": 60,
        "objectives": [
            "Biết giữ kín thông tin cá nhân: họ tên, tuổi, ảnh, nơi ở, nơi học hoặc làm việc.",
            "Biết giữ mật khẩu bí mật và tạo mật khẩu khó đoán.",
            "Nhận ra lời dụ dỗ, lừa đảo: xin ảnh, cho quà, hứa việc làm, đòi giữ bí mật.",
            "Biết kể với người lớn tin cậy và gọi Tổng đài 111.",
        ],
        "body": [
            (
                "text",
                "<p>Dù em dùng điện thoại của mình, của anh chị hay máy ở quán net, những điều cốt lõi vẫn giống nhau. Hôm nay chúng ta nhớ <b>bốn điều</b>:</p>"
                "<ol><li>Giữ kín thông tin cá nhân.</li><li>Mật khẩu là bí mật.</li><li>Cẩn thận với người lạ hứa hẹn, cho quà hay đòi giữ bí mật.</li><li>Khi lo lắng, kể với người lớn tin cậy hoặc gọi 111.</li></ol>",
            ),
            (
                "activity",
                {
                    "title": "Giữ kín hay có thể kể?",
                    "materials": "Thẻ ghi: món ăn em thích, nơi em ở, ảnh của em, số điện thoại, vị trí em đang đứng.",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": "Ngồi vòng tròn, mỗi em nói một việc em hay làm trên mạng.",
                        },
                        {
                            "minutes": 3,
                            "instruction": "Chia phòng làm hai góc: “Giữ kín” và “Có thể kể”.",
                        },
                        {
                            "minutes": 8,
                            "instruction": "Đọc từng thẻ, các em đi về góc mình chọn và giải thích. Kết luận: biết nơi ở, ảnh, vị trí của em, người lạ có thể tìm đến em.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Mật khẩu là chìa khóa",
                    "materials": "Giấy, bút.",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": "Giải thích: ai có mật khẩu sẽ đọc được tin nhắn và giả làm em, nên không đưa cho bạn bè hay người lạ.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Theo cặp, biến một câu vui thành mật khẩu mẫu, không dùng mật khẩu thật. Các em lớn học cách bật đăng nhập hai bước.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Lời mời đáng ngờ",
                    "materials": "Thẻ tình huống cho hai nhóm tuổi.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Chia nhóm 6–10 tuổi và 11–17 tuổi, mỗi nhóm một người lớn.",
                        },
                        {
                            "minutes": 9,
                            "instruction": "Đóng vai. Nhóm nhỏ: người lạ trong trò chơi cho kim cương rồi xin ảnh. Nhóm lớn: lời mời “việc nhẹ lương cao” ở tỉnh khác; bạn quen qua mạng xin ảnh riêng tư rồi dọa tung ảnh.",
                        },
                        {
                            "minutes": 4,
                            "instruction": "Kết luận: dừng trả lời, không gửi ảnh, không trả tiền, giữ lại tin nhắn và kể với người lớn.",
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Thẻ trợ giúp của em",
                    "materials": "Thẻ giấy nhỏ, bút màu.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": "Giới thiệu Tổng đài 111: miễn phí, 24/7.",
                        },
                        {
                            "minutes": 6,
                            "instruction": "Mỗi em làm một thẻ ghi tên ba người lớn em tin, số 111 và 113, rồi cất vào túi.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Thông tin nào của em không nên đăng lên mạng?",
                        "Người mới quen trên mạng hứa cho tiền hoặc việc làm, em sẽ làm gì?",
                        "Vì sao khi bị dọa nạt, em không nên gửi thêm ảnh hay trả tiền?",
                        "Ở nơi em sống, ai là người lớn em tin?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Em luôn có người giúp",
                    "text": "Nếu ai đó trên mạng làm em sợ, đòi ảnh, đòi tiền hay đe dọa, hãy dừng trả lời, giữ lại tin nhắn và kể với người lớn em tin: người chăm sóc, cán bộ xã hội, thầy cô. Gọi Tổng đài 111: miễn phí, 24/7, có cả ứng dụng và Zalo. Đang gặp nguy hiểm, gọi 113.",
                },
            ),
        ],
        "teacher_notes": "<p>Dành cho người chăm sóc hoặc cán bộ xã hội, làm trong một buổi. Nhiều em có thể đã bị lừa, bị xâm hại hoặc phải đi làm sớm: không hỏi chi tiết trước nhóm, không dùng ảnh thật của trẻ, tôn trọng quyền im lặng.</p>"
        "<p>Nếu một em kể chuyện bị hại: lắng nghe, tin em, nói em không có lỗi; không hứa giữ bí mật. Báo ngay người phụ trách cơ sở, gọi Tổng đài 111 hoặc gửi “Báo cáo xâm hại” trên vn-cop.vn; gọi 113 nếu trẻ đang gặp nguy hiểm.</p>",
    },
]
